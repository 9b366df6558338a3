from .pages import AccessibilityStatementPage, EditionPage, HomePage, MonitorIndexPage
from .snapshots import EditionSnapshot
from .snippets import Casus, ExploitationFormDefinition, Ontwikkeling
from .translations import EditionLabels

__all__ = [
    "AccessibilityStatementPage",
    "Casus",
    "EditionLabels",
    "EditionPage",
    "EditionSnapshot",
    "ExploitationFormDefinition",
    "HomePage",
    "MonitorIndexPage",
    "Ontwikkeling",
]
