"""Evaluation on the annotated news in ../shared/bench/ (`make eval`) and speed benchmarks
(`make bench`). Each scorer is a module here with `main(bench: Path) -> None` that prints its
report and skips cleanly when its data is absent."""
