"""The reviewer's work on a contract, kept: the review file, its recovery copy,
and the vendor's answers read back from the returned workbook.

    review_file.py  save / reopen <contract>.review.json, detect a changed
                    contract, re-run it keeping every annotation
    codec.py        the review and annotations as lossless JSON
    recovery.py     the autosave file the GUI offers after a crash
    responses.py    the vendor's answers from the returned checklist workbook
"""

from reviewer.session.recovery import (
    RECOVERY_FILE,
    Recovery,
    clear_recovery,
    list_recoveries,
    read_recovery,
    recovery_for,
    write_recovery,
)
from reviewer.session.review_file import (
    SUFFIX,
    ContractState,
    ReviewFileError,
    SavedReview,
    contract_state,
    find_contract,
    load_review_file,
    new_saved_review,
    rerun,
    review_file_path_for,
    save_review_file,
)

__all__ = [
    "RECOVERY_FILE",
    "SUFFIX",
    "ContractState",
    "Recovery",
    "ReviewFileError",
    "SavedReview",
    "clear_recovery",
    "contract_state",
    "find_contract",
    "list_recoveries",
    "load_review_file",
    "new_saved_review",
    "read_recovery",
    "recovery_for",
    "rerun",
    "review_file_path_for",
    "save_review_file",
    "write_recovery",
]
