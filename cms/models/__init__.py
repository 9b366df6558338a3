from .pages import AccessibilityStatementPage, EditionPage, HomePage, MonitorIndexPage
from .snapshots import EditionSnapshot
from .snippets import Casus, ExploitationFormDefinition, Ontwikkeling

__all__ = [
    "AccessibilityStatementPage",
    "Casus",
    "EditionPage",
    "EditionSnapshot",
    "ExploitationFormDefinition",
    "HomePage",
    "MonitorIndexPage",
    "Ontwikkeling",
]
