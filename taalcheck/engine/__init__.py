"""The engine: the checker, metrics, the whole-document fix loop and parallel checking."""
