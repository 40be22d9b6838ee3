# int() with an explicit base keeps it in the message.
int("fg", 16)
