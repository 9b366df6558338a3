"""Models of the figures (cijfers) of the monitor.

A *partner* (data source) owns *tables*; a table has named *dimensions* with ordered *values*; an
*observation* is one number for a table, a year and one value of each dimension. A *delivery*
(aanlevering) is a partner's figures for one year, moving open -> aangeleverd -> gevalideerd ->
gepubliceerd. Printed totals are observations too, declared as totals of their parts by the
dimension values; they are never overwritten by computed sums.
"""

from .figures import Footnote, JointReport, Observation, coord_key
from .tables import Delivery, Dimension, DimensionValue, Partner, Table

__all__ = [
    "Delivery",
    "Dimension",
    "DimensionValue",
    "Footnote",
    "JointReport",
    "Observation",
    "Partner",
    "Table",
    "coord_key",
]
