package dev.lekha.mappings.mrp;

import dev.lekha.domain.mrp.BomLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Low-level codes of a product structure: 0 for items that are no one's component, otherwise one more than the
 * deepest level any parent of the item sits at. Planning items in low-level-code order guarantees that every parent's
 * planned releases are known before a component's gross requirements are added up, even when the component is used
 * at several levels.
 */
public final class BomStructure {

    private BomStructure() {
    }

    /**
     * Computes low-level codes.
     *
     * @param itemCodes every item code (items outside any BOM get 0)
     * @param bom       the BOM lines; codes not in {@code itemCodes} are taken as items too
     * @return code → low-level code, sorted by code
     * @throws BomCycleException naming the first cycle found (depth-first from the items in code order)
     */
    public static Map<String, Integer> lowLevelCodes(Collection<String> itemCodes, Collection<BomLine> bom) {
        Map<String, List<String>> components = new TreeMap<>();
        for (String code : itemCodes) {
            components.computeIfAbsent(code, c -> new ArrayList<>());
        }
        for (BomLine line : bom) {
            components.computeIfAbsent(line.parentCode(), c -> new ArrayList<>()).add(line.componentCode());
            components.computeIfAbsent(line.componentCode(), c -> new ArrayList<>());
        }
        components.values().forEach(l -> l.sort(null));
        List<String> postOrder = depthFirst(components);
        Map<String, Integer> llc = new TreeMap<>();
        components.keySet().forEach(c -> llc.put(c, 0));
        // reverse post-order is topological: parents before their components
        for (int i = postOrder.size() - 1; i >= 0; i--) {
            String parent = postOrder.get(i);
            int level = llc.get(parent) + 1;
            for (String child : components.get(parent)) {
                if (llc.get(child) < level) {
                    llc.put(child, level);
                }
            }
        }
        return llc;
    }

    /** Iterative depth-first search (no recursion limit on deep structures); throws on a back edge. */
    private static List<String> depthFirst(Map<String, List<String>> components) {
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
        List<String> postOrder = new ArrayList<>(components.size());
        for (String root : components.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            path.push(root);
            next.push(0);
            state.put(root, 1);
            while (!path.isEmpty()) {
                String node = path.peek();
                int i = next.pop();
                List<String> children = components.get(node);
                if (i < children.size()) {
                    next.push(i + 1);
                    String child = children.get(i);
                    Integer s = state.get(child);
                    if (s == null) {
                        state.put(child, 1);
                        path.push(child);
                        next.push(0);
                    } else if (s == 1) {
                        List<String> cycle = new ArrayList<>();
                        List<String> fromRoot = new ArrayList<>(path);
                        java.util.Collections.reverse(fromRoot);
                        cycle.addAll(fromRoot.subList(fromRoot.indexOf(child), fromRoot.size()));
                        cycle.add(child);
                        throw new BomCycleException(cycle);
                    }
                } else {
                    path.pop();
                    state.put(node, 2);
                    postOrder.add(node);
                }
            }
        }
        return postOrder;
    }
}
