/// Complementary suppression: hides more groups until no hidden group's sum can be recovered by adding or
/// subtracting visible figures within a parent and the children that sum to it.
///
/// The rule, applied per (period, measure) to every partition "a parent is the sum of its children" —
/// program ⊃ its clusters ⊃ their schools (for all staff, and again for each role), and every group ⊃ its
/// role rows — counting only members with answers (n > 0): **no partition may have exactly one hidden
/// member.** Where one has, the smallest visible child is hidden as well (ties by group id, then role); if
/// no child is visible, the parent is. This repeats until nothing changes (every hide is permanent, so it
/// ends). Then each partition has no hidden member or at least two, and subtraction within it yields at
/// most the combined sum of two or more hidden groups. (It is the usual heuristic, not a full linear
/// audit across partitions.)
///
/// Examples: cluster C (n 40) has schools A (n 3, primary), B (n 12) and D (n 25): C − B − D would give
/// A, so B is hidden too. Cluster C3 has one school G (n 8) and is hidden to protect a sibling cluster:
/// G would reveal C3, so G is hidden too.
struct ComplementarySuppression: Sendable {
    /// A parent and the children that partition it (node indices).
    struct Partition: Sendable {
        var parent: Int
        var children: [Int]
    }

    /// The partitions among the nodes; the same for every measure of a period.
    var partitions: [Partition]

    /// Hides nodes until the rule holds.
    ///
    /// - Parameters:
    ///   - n: each node's n for the measure.
    ///   - order: each node's tie-break position (ascending group id, then role).
    ///   - hidden: each node's suppression cause, nil when visible; primary causes set on entry.
    /// - Complexity: O(passes × Σ partition sizes); each pass but the last hides at least one node.
    func apply(n: [Int], order: [Int], hidden: inout [Suppression.Cause?]) {
        var changed = true
        while changed {
            changed = false
            for partition in partitions {
                // One pass over the members with responses: how many are hidden, and the first visible child
                // with the smallest (n, order). Every month checks every partition, so nothing is allocated.
                var hiddenMembers = n[partition.parent] > 0 && hidden[partition.parent] != nil ? 1 : 0
                var smallestVisibleChild: Int?
                for child in partition.children where n[child] > 0 {
                    if hidden[child] != nil {
                        hiddenMembers += 1
                    } else if smallestVisibleChild.map({ (n[child], order[child]) < (n[$0], order[$0]) }) ?? true {
                        smallestVisibleChild = child
                    }
                }
                guard hiddenMembers == 1 else { continue }
                hidden[smallestVisibleChild ?? partition.parent] = .complementary
                changed = true
            }
        }
    }
}
