"""How to sign in to a demo dossier: light enough for the unlock dialog to import before
anything else is loaded (the demo builder itself pulls in Faker)."""

DEFAULT_PASSWORD = "demo-wachtwoord-2026"
# one account per role; the demo also has teamleider2 … for the other teams
ACCOUNTS = ("teamleider", "directie", "hr", "administratie", "beheerder")
