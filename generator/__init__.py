"""briefing: a static report-site generator for people who monitor Arabic-language news."""

__version__ = "0.1.0"
