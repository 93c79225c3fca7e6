"""Run under a real X server (Xvfb): open the app, drag a bar with real pointer input
(xdotool -> X server -> Qt's xcb plugin), and report what happened as JSON on stdout.

Usage: DISPLAY=:99 QT_QPA_PLATFORM=xcb python driver.py OUT_DIR
"""
import json
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from infoviz.app import build_window


def wait(app, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def ink(text: str, font: QFont) -> QImage:
    img = QImage(400, 80, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setFont(font)
    p.setPen(QColor("black"))
    p.drawText(10, 55, text)
    p.end()
    return img


def main(out: Path) -> int:
    win = build_window(["--lang", "ko", "--size", "1400x900"])
    app = QApplication.instance()
    win.move(0, 0)
    win.show()
    wait(app, 1.5)
    hist = win.histogram_q
    before_img = out / "before.png"
    subprocess.run(["import", "-window", "root", str(before_img)], check=True)
    q_before = [float(x) for x in win.state.q]
    i = 2
    start = hist.viewport().mapToGlobal(hist.bar_top(i))
    target_value = 0.6
    end = hist.viewport().mapToGlobal(hist.point_for(i, target_value))
    xdo = subprocess.Popen(["xdotool", "mousemove", "--sync", str(start.x()), str(start.y()),
                            "sleep", "0.3", "mousedown", "1", "sleep", "0.2",
                            "mousemove", "--sync", str(start.x()), str((start.y() + end.y()) // 2), "sleep", "0.2",
                            "mousemove", "--sync", str(end.x()), str(end.y()), "sleep", "0.3", "mouseup", "1"])
    deadline = time.monotonic() + 15
    while xdo.poll() is None and time.monotonic() < deadline:
        wait(app, 0.05)
    wait(app, 0.8)
    after_img = out / "after.png"
    subprocess.run(["import", "-window", "root", str(after_img)], check=True)
    font = QFont(app.font())
    font.setPixelSize(40)
    hangul = ink("엔트로피 교차", font)
    tofu = ink("\ue000\ue001\ue002 \ue003\ue004", font)
    report = {
        "q_before": q_before,
        "q_after": [float(x) for x in win.state.q],
        "dragged_index": i,
        "target_value": target_value,
        "value_at_end": hist.value_at(hist.viewport().mapFromGlobal(end)),
        "undo_count": win.state.undo_stack.count(),
        "title_text": win.histogram_p.getPlotItem().titleLabel.text,
        "readout_name": win.readouts.names["entropy_p"].text(),
        "hangul_differs_from_tofu": hangul != tofu,
        "font_families": app.font().families(),
        "platform": app.platformName(),
    }
    hangul.save(str(out / "hangul.png"))
    print(json.dumps(report))
    win.autosaver.clean_exit()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
