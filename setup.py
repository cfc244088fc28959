"""The top-level resources/ folder ships inside the wheel as the package peerdesk.resources,
so importlib.resources finds icons installed, editable or frozen. Everything else about
the project is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["peerdesk", "peerdesk.*"]) + ["peerdesk.resources"],
    package_dir={"peerdesk.resources": "resources"},
    # The core's compiled catalogues (packaging/i18n.py compile; the .po are their source).
    package_data={"peerdesk.resources": ["**/*"], "peerdesk": ["locale/*/LC_MESSAGES/*.mo"]},
    include_package_data=False,
)
