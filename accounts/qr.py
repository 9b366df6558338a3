"""The QR code of a TOTP device's provisioning URL, drawn here as SVG: no image service is called."""

import base64
from io import BytesIO

import qrcode
from qrcode.image.svg import SvgPathImage


def qr_svg_data_uri(text: str) -> str:
    """A data: URI (allowed by the Content-Security-Policy's img-src) of the QR code of ``text``."""
    image = qrcode.make(text, image_factory=SvgPathImage, box_size=10, border=2)
    buffer = BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
