"""Renderers: turn a `Result` into JSON text or rich objects. They never reach back into
extraction or comparison."""
