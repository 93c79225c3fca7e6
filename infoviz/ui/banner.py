"""A message strip inside the window: never a modal dialog in the middle of a lecture."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class Banner(QFrame):
    """objectName ``banner``: a text and up to two buttons, hidden until needed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet("QFrame#banner { background: #FFF3CD; border: 1px solid #D55E00; }"
                           "QFrame#banner QLabel { color: #202020; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("banner_text")
        self.label.setWordWrap(True)
        self.accept = QPushButton()
        self.accept.setObjectName("banner_accept")
        self.dismiss = QPushButton()
        self.dismiss.setObjectName("banner_dismiss")
        row.addWidget(self.label, 1)
        row.addWidget(self.accept)
        row.addWidget(self.dismiss)
        self.dismiss.clicked.connect(self.hide)
        self._on_accept = None
        self.accept.clicked.connect(self._accepted)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, dismiss_text: str, accept_text: str | None = None,
                     on_accept=None, timeout_ms: int = 0) -> None:
        """Show `text`; an accept button when `on_accept` is given; hide after `timeout_ms`."""
        self.label.setText(text)
        self.dismiss.setText(dismiss_text)
        self.accept.setVisible(on_accept is not None)
        if accept_text:
            self.accept.setText(accept_text)
        self._on_accept = on_accept
        self.show()
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def _accepted(self) -> None:
        fn, self._on_accept = self._on_accept, None
        self.hide()
        if fn is not None:
            fn()
