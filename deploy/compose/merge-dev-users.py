"""Docker Compose only: the realm as code plus the DEVELOPMENT users and test client, as one import file.

Keycloak's --import-realm reads every *.json in its import folder as a whole realm, so
deploy/keycloak/dev-users.json (users and clients only) cannot be mounted there as it is. This does
what the local launcher's LocalKeycloak does: realm.users += dev.users, realm.clients += dev.clients,
the realm's confidential clients get their development secrets (dev.clientSecrets) and the realm the
development password policy (dev.passwordPolicy).
The ${ENV:default} placeholders stay as they are; Keycloak resolves them when it imports.

usage: python3 merge-dev-users.py <deploy/keycloak folder> <import folder>
"""
import json
import os
import sys

source, target = sys.argv[1], sys.argv[2]

with open(os.path.join(source, "estatecare-realm.json"), encoding="utf-8") as f:
    realm = json.load(f)
with open(os.path.join(source, "dev-users.json"), encoding="utf-8") as f:
    dev = json.load(f)

for part in ("users", "clients"):
    realm[part] = realm.get(part, []) + dev.get(part, [])
# the development users' known passwords are hashed cheaply (the development realm's password policy)
if "passwordPolicy" in dev:
    realm["passwordPolicy"] = dev["passwordPolicy"]
# the realm as shipped holds no client secret: the development ones come from dev-users.json
for client in realm["clients"]:
    if client["clientId"] in dev.get("clientSecrets", {}):
        client["secret"] = dev["clientSecrets"][client["clientId"]]

staged = os.path.join(target, ".estatecare-realm.json.tmp")
with open(staged, "w", encoding="utf-8") as f:
    json.dump(realm, f, ensure_ascii=False, indent=2)
os.replace(staged, os.path.join(target, "estatecare-realm.json"))
print(f"realm {realm['realm']}: {len(realm['users'])} users, {len(realm['clients'])} clients")
