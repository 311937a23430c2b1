# Ansible 2.14's ansible-inventory has no --limit. For each inventory and pattern this asks Ansible's own
# InventoryManager which hosts the limit selects (as --limit does), then filters the real --list output the way
# ansible-core 2.15 and later do under --limit (lib/ansible/cli/inventory.py): group hosts outside the limit are
# dropped, groups left with neither hosts nor children disappear, and _meta.hostvars keeps the selected hosts.
# Input (stdin): [{"source": PATH, "list": TEXT OF --list, "patterns": [PATTERN, ...]}, ...]
# Output (stdout): per job, per pattern: {"pattern", "hosts": [NAME, ...] or null on error, "list": TEXT or null}
import json
import sys

from ansible.inventory.manager import InventoryManager
from ansible.parsing.dataloader import DataLoader


def limited(full, chosen):
    keep = set(chosen)
    result = {}
    for name, entry in full.items():
        if name == '_meta':
            result[name] = {'hostvars': {h: v for h, v in entry['hostvars'].items() if h in keep}}
            continue
        entry = dict(entry)
        if 'hosts' in entry:
            entry['hosts'] = [h for h in entry['hosts'] if h in keep]
            if not entry['hosts']:
                del entry['hosts']
        if entry:
            result[name] = entry
    return json.dumps(result, sort_keys=True, indent=4, ensure_ascii=False)


answers = []
for job in json.load(sys.stdin):
    inventory = InventoryManager(loader=DataLoader(), sources=[job['source']])
    full = json.loads(job['list'])
    results = []
    for pattern in job['patterns']:
        try:
            inventory.subset(pattern)
            chosen = [h.name for h in inventory.get_hosts('all')]
        except Exception:
            chosen = None
        finally:
            inventory.subset(None)
        results.append({'pattern': pattern, 'hosts': chosen, 'list': limited(full, chosen) if chosen else None})
    answers.append(results)
print(json.dumps(answers))
