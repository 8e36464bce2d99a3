"""Answering a view's multiData() in one call from Qt instead of one data() call per role.

A delegate paints a cell with seven roles (font, alignment, colours, check
state, icon, text, background) and asks for them with one multiData() call;
Qt's default answers it with one data() call per role, and for a model written
in Python each is a call from C++ into Python that costs more than the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

RoleSpan = QModelRoleDataSpan | QModelRoleData


def fill_roles(span: RoleSpan, answer: Callable[[int], Any]) -> None:
    """Set every role asked for in ``span`` to ``answer(role)``; None leaves it empty."""
    roles = (span,) if isinstance(span, QModelRoleData) else cast(Iterable[QModelRoleData], span)
    for role_data in roles:
        value = answer(role_data.role())
        if value is None:
            role_data.clearData()
        else:
            role_data.setData(value)
