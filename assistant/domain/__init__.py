"""Domain model and rules of the assistant, free of any platform or database."""
