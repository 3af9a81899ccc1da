"""spec/ (YAML) -> generated/servicemanagement/_generated (Python)."""
