import Foundation

/// Writes a small valid dataset folder in a temporary directory; tests replace one file to make it
/// hostile.
struct DatasetBuilder {
    var files: [String: String] = [
        "program.json": """
        { "name": "Test program", "start_month": "2026-02", "min_group_size": 5 }
        """,
        "clusters.csv": """
        cluster_id,name,chair,vision,mission,signature_program,priorities
        c1,North Cluster,Ana Chair,See far,Do well,IB,Literacy|Numeracy

        """,
        "schools.csv": """
        school_id,name,cluster_id,level,staff_count
        s1,North High,c1,high,40
        s2,Little Elementary,c1,elementary,12

        """,
        "instrument.csv": """
        item_id,dimension,text,scale_min,scale_max,reverse
        t1,Trust,I trust leaders.,1,5,0
        t2,Trust,Blame is common.,1,5,1

        """,
        "milestones.csv": """
        school_id,stage,activity,due,completed,status,notes
        s1,1,Foundations workshop,2026-03-15,2026-03-10,done,
        s2,1,HPT action plan,2026-04-30,,on_track,

        """,
        "challenges.csv": """
        raised,school_id,kind,category,summary,level,status,resolved
        2026-03-01,s1,internal,staffing,Two vacancies,school,open,

        """,
        "pulse/2026-02.csv": """
        response_id,submitted_at,school_id,role,t1,t2,comment
        r1,2026-02-10T08:00:00Z,s1,teacher,4,2,
        r2,2026-02-11,s1,teacher,Strongly agree,,"Good, ""really"" good"
        r3,2026-02-12,s2,support_staff,3,3,

        """,
    ]

    subscript(_ name: String) -> String? {
        get { files[name] }
        set { files[name] = newValue }
    }

    /// Writes the files and returns the folder.
    func write() throws -> URL {
        let root = ScratchFolders.next("pulse-test")
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }
}
