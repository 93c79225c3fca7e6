"""Launcher: python main.py [--help]."""
import sys

from infoviz.app import main

if __name__ == "__main__":
    sys.exit(main())
