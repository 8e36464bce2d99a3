"""Reviews set side by side: several vendors, or two versions of one contract.

    vendors.py     the vendor comparison matrix (one column per vendor)
    versions.py    original vs revision, item by item
    scorecards.py  a checklist's scorecards (subscores) for one review
    xlsx.py        both comparisons as workbooks
"""
