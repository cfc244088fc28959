"""Which field of a participant each column of an HR export feeds.

The headings HR systems use for the same thing vary ("Employee number", "Staff ID",
"Reports to", ...): :data:`ALIASES` maps each known heading to its field, and
:func:`map_columns` adds the user's own "Column=field" changes on top.
"""

from __future__ import annotations

from peerdesk.io import hr_skills
from peerdesk.io.mapping import apply_overrides, auto_map

# Fields a column can feed, with the label shown to the user.
FIELDS: dict[str, str] = {
    "employee_id": "Employee ID",
    "name": "Full name",
    "first_name": "First name",
    "last_name": "Last name",
    "email": "Email",
    "department": "Department",
    "job_title": "Job title",
    "location": "Location",
    "hire_date": "Hire date",
    "level": "Level",
    "manager": "Manager (name or email)",
    "manager_email": "Manager email",
    "manager_employee_id": "Manager employee ID",
    "availability": "Availability",
    "notes": "Notes",
}
FIELDS.update(hr_skills.FIELDS)  # skills, capacity (io/hr_skills.py)
# Columns of the participants table that a mapped field writes.
PLAIN = ("employee_id", "email", "department", "job_title", "location", "level",
         "availability", "notes")

_ALIASES_BY_FIELD = {
    "employee_id": ["employee id", "employee number", "employee no", "emp id", "emp number",
                    "staff id", "staff number", "worker id", "personnel number", "person id",
                    "employee code", "payroll id", "payroll number", "badge id", "id",
                    "employeeid", "empid"],
    "name": ["name", "full name", "employee name", "display name", "preferred name",
             "preferred full name", "legal name", "employee", "worker", "staff name",
             "participant", "person", "fullname"],
    "first_name": ["first name", "firstname", "given name", "forename", "legal first name",
                   "preferred first name", "first"],
    "last_name": ["last name", "lastname", "surname", "family name", "legal last name", "last"],
    "email": ["email", "e mail", "email address", "e mail address", "work email",
              "work email address", "business email", "company email", "primary work email",
              "corporate email", "mail", "office email", "emailaddress", "workemail"],
    "department": ["department", "dept", "team", "division", "department name", "org unit",
                   "business unit", "function", "team name", "cost center name"],
    "job_title": ["job title", "title", "position", "role", "job", "position title",
                  "job role", "business title", "jobtitle"],
    "location": ["location", "office", "work location", "site", "city", "office location",
                 "work site", "workplace"],
    "hire_date": ["hire date", "start date", "date of hire", "hired", "hired on", "joining date",
                  "date joined", "join date", "joined", "original hire date", "date hired",
                  "employment start date", "seniority date", "hiredate", "startdate"],
    "level": ["level", "grade", "job level", "band", "career level", "job grade"],
    "manager": ["reports to", "manager", "manager name", "line manager", "supervisor",
                "supervisor name", "direct manager", "reporting manager", "manager full name",
                "reports to name", "managername", "reportsto"],
    "manager_email": ["manager email", "manager e mail", "manager email address",
                      "reports to email", "supervisor email", "line manager email",
                      "manager work email"],
    "manager_employee_id": ["manager id", "manager employee id", "reports to id",
                            "supervisor id", "manager employee number", "manager number",
                            "reports to employee id"],
    "availability": ["availability", "available", "preferred times"],
    "notes": ["notes", "note", "comments", "comment"],
}
for _field, _names in hr_skills.ALIASES.items():
    _ALIASES_BY_FIELD.setdefault(_field, []).extend(_names)
ALIASES: dict[str, str] = {a: f for f, names in _ALIASES_BY_FIELD.items() for a in names}


def map_columns(headers: list[str], specs: list[str] | None = None) -> list[str]:
    """The automatic mapping for ``headers``, then the user's "Column=field" changes."""
    mapping = auto_map(headers, ALIASES)
    return apply_overrides(headers, mapping, specs or [], FIELDS) if specs else mapping
