"""The Chats page: conversation list, bubbles, composer, attachments, voice recorder."""
