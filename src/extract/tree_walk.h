// WalkTree: visits a tree (pugixml or libxml2 nodes) in document order, without recursion, so a
// deeply nested hostile document cannot overflow the stack.
//
// `Node` is a cheap handle with first_child(), next_sibling(), parent(), operator== and an explicit
// bool conversion that is false for a null node (pugi::xml_node qualifies as is). The visitor has
// `bool Enter(Node)`, called before a node's children; false skips them and Leave. `void
// Leave(Node)` is called after them. Only `root` and what lies under it are visited.
#pragma once

namespace twindex::extract {

template <typename Node, typename Visitor>
void WalkTree(Node root, Visitor& visitor) {
  if (!root || !visitor.Enter(root)) return;
  Node node = root;
  bool open = true;  // `node` was entered and its children are still to visit
  for (;;) {
    if (open) {
      if (Node child = node.first_child()) {
        node = child;
        open = visitor.Enter(node);
        continue;
      }
      visitor.Leave(node);
    }
    // `node` is done.
    if (node == root) return;
    if (Node next = node.next_sibling()) {
      node = next;
      open = visitor.Enter(node);
    } else {
      node = node.parent();
      visitor.Leave(node);
      open = false;
    }
  }
}

}  // namespace twindex::extract
