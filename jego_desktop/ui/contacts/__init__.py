"""The Contacts page: the list, one contact's detail, the editor."""
