"""Chats: conversations, messages, files and voice messages, over the store and the engine."""
