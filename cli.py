"""Launcher for a checkout: `python cli.py check brief.txt`. The real CLI is taalcheck/cli.py."""

from taalcheck.cli import main

if __name__ == "__main__":
    main()
