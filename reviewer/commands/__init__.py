"""Subcommands of the `reviewer` CLI, one module each."""
