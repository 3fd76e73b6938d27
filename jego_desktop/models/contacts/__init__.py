"""Contacts: the address book, their presence, and how peers are named."""
