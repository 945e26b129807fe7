"""Publishing: mkdocs site build with atomic swap, data exports."""
