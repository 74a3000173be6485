# Prints the AT-SPI tree of the web page Chromium shows, as JSON: one node per accessible object, in
# document order, with its role, name, depth, the object attributes Orca reads (heading level, landmark
# role, tag, id) and, for text, the language Chromium reports for it. Run with the system Python.
import json
import sys

import pyatspi

WANTED = ("level", "xml-roles", "tag", "id")


def document():
    for app in pyatspi.Registry.getDesktop(0):
        if app is None or app.name not in ("Chromium", "chromium"):
            continue
        found = pyatspi.findDescendant(app, lambda o: o is not None and o.getRole() == pyatspi.ROLE_DOCUMENT_WEB)
        if found is not None:
            return found
    return None


def language(obj):
    try:
        attrs, _start, _end = obj.queryText().getAttributeRun(0, False)
    except NotImplementedError:
        return None
    for attr in attrs:
        key, _, value = attr.partition(":")
        if key == "language":
            return value
    return None


def walk(obj, depth, out):
    attrs = dict(a.split(":", 1) for a in obj.getAttributes() if ":" in a)
    node = {"role": obj.getRoleName(), "name": obj.name or "", "depth": depth}
    node.update({key: attrs[key] for key in WANTED if key in attrs})
    if obj.getRole() in (pyatspi.ROLE_STATIC, pyatspi.ROLE_TEXT) or obj.childCount == 0:
        node["lang"] = language(obj)
    out.append(node)
    for child in obj:
        if child is not None:
            walk(child, depth + 1, out)


def main():
    doc = document()
    if doc is None:
        print("no Chromium document in the AT-SPI tree", file=sys.stderr)
        return 1
    out = []
    walk(doc, 0, out)
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


sys.exit(main())
