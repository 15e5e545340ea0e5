import PulseModel

/// The nine cluster profiles of the Atlanta Public Schools cluster plans (`seeds/002`): vision, mission,
/// signature program and priorities in order. Synthetic datasets name their clusters after them, in
/// this order, adding a number when more than nine are needed.
enum ClusterCatalog {
    static let profiles: [Cluster] = [
        Cluster(
            id: "carver", name: "Carver Cluster", chair: "",
            vision:
                "The Carver Cluster will produce high-performing, college and career ready students that are globally aware and ready to have a positive impact on society.",
            mission:
                "Through a culture of collaboration, respect and trust, the Carver Cluster will enhance and strengthen its overall academic programs while maintaining a safe and nurturing environment that prepares students for college and careers.",
            signatureProgram:
                "We heard our community – we will take the next few months to explore what's best for all Carver Cluster students",
            priorities: [
                "Address Social Emotional needs of our cluster",
                "Improve Instructional Strategies in early literacy, science, and mathematics through ongoing Professional Learning",
                "Improve vertical collaboration within cluster",
                "Inform and engage school community",
            ]),
        Cluster(
            id: "douglass", name: "Douglass Cluster", chair: "",
            vision:
                "To inspire scholars to become globally competitive self-directed learners and high achieving college and career ready graduates.",
            mission:
                "The Douglass Cluster community is committed to providing rigorous customized support to develop students for excellence through positive engaging inquiry-based instruction.",
            signatureProgram: "International Baccalaureate (IB)",
            priorities: [
                "Implement a continuous professional learning in K-12 International Baccalaureate, reading, and math instruction.",
                "Provide cluster-wide and school-based services through community partnerships.",
                "Expand and support parental engagement (IB, volunteerism, etc.).",
            ]),
        Cluster(
            id: "grady", name: "Grady Cluster", chair: "",
            vision: "A high-performing cluster where educators inspire, families engage, and students love to learn.",
            mission: "Every student will graduate ready for college and career.",
            signatureProgram: "College and Career Prep",
            priorities: [
                "Implement with fidelity a learning framework throughout the cluster.",
                "Ensure Grady graduates develop and apply the following knowledge and skills required for college and career.",
                "Support the cluster mission by creating, improving and aligning systems and resources",
            ]),
        Cluster(
            id: "jackson", name: "Jackson Cluster", chair: "",
            vision:
                "Developing inquiry, knowledge and character: Every Student, Every Teacher, Every Leader, Every Day in collaboration with Every Stakeholder.",
            mission: "To graduate students who are productive, caring and life-long learners",
            signatureProgram: "International Baccalaureate (IB)",
            priorities: [
                "Become authorized to deliver IB at the elementary and middle grade levels to support and foster inquiry, critical thinking, and project based learning",
                "Increase students' math, reading, and science performance by providing high quality professional development for teachers that changes the way teachers think about teaching math, reading, and science",
                "Develop a set of cluster wide procedures and protocols that will support the social emotional development of students as well as build a health school culture and climate for students, staff and parents (e.g. PBIS or No Place for Hate in all schools)",
                "Increase the student attendance rate cluster wide",
                "Collaborate and develop systems that will recruit and retain highly effective teachers across the cluster and provide the necessary professional development to enhance the quality of instruction for current teachers",
                "Determine the best practices for engaging all stakeholders",
                "Leverage IB-CP to provide vocational and certificate opportunities",
            ]),
        Cluster(
            id: "mays", name: "Mays Cluster", chair: "",
            vision: "Prepare students to become 21st century learners who are ready for college, career and beyond",
            mission:
                "Provide instruction that is standards based, integrated and rigorous; focusing on the whole child, while collaborating with all constituents to prepare all students for graduation and beyond",
            signatureProgram: "International Baccalaureate (IB)",
            priorities: [
                "Engage our community",
                "Increase student achievement",
                "Support discipline, social emotional learning, and a healthy school culture",
            ]),
        Cluster(
            id: "north-atlanta", name: "North Atlanta Cluster", chair: "",
            vision:
                "A high-performing cluster where students, educators and families work together to create a better and more peaceful world through intercultural understanding and respect.",
            mission:
                "The NAHS Cluster will implement IB with depth and fidelity for all students in order to develop inquiring, knowledgeable and caring young people who will graduate ready for college and career.",
            signatureProgram: "International Baccalaureate (IB)",
            priorities: [
                "Ensure that dedicated IB Coordinators are in place at each school",
                "Provide ongoing IB training for teachers and leaders",
                "Increase horizontal and vertical planning and teaming opportunities for teachers and leaders",
                "Accommodate flexible planning and delivery of instruction to meet IB standards",
                "Implement consistent strategies to strengthen the IB Learner Profile and Transdisciplinary Skills",
                "Develop leadership skills using strengths-based activities for all staff",
                "Acquire a Bilingual ESOL Community Liaison to strengthen the parent engagement within the cluster",
                "Create a focus on biliteracy through implementation of dual immersion and IB.",
            ]),
        Cluster(
            id: "south-atlanta", name: "South Atlanta Cluster", chair: "",
            vision: "A high performing cluster where every student graduates with college and career readiness",
            mission:
                "Cultivating a universal culture of excellence through collaboration, academic achievement, personal responsibility, respect and a commitment to service",
            signatureProgram: "S.T.E.M. (Science, Technology, Engineering & Mathematics)",
            priorities: [
                "Inform, engage school community to build consensus (STEM Rubric # 9)",
                "Effective professional learning (PL) for teachers (STEM Rubric #5)",
                "Rigorous and engaging Inter-disciplinary Curriculum",
            ]),
        Cluster(
            id: "therrell", name: "Therrell Cluster", chair: "",
            vision:
                "The Therrell Cluster is a high performing cluster where all stakeholders work together to ensure students are empowered to become 21st century globally competitive citizens.",
            mission:
                "The Therrell Cluster is a community emphasizing a student centered culture of collaboration where students will graduate ready for college and career.",
            signatureProgram: "International Baccalaureate (IB)",
            priorities: [
                "Selection and implementation of IB", "Reading Instruction", "Targeted Instruction",
                "Social and Emotional",
            ]),
        Cluster(
            id: "washington", name: "Washington Cluster", chair: "",
            vision:
                "The Washington STEM Cluster utilizes the support of parents and community to inspire, expose, and prepare students to continue the legacy of greatness by becoming active citizens who advocate for their local and global community.",
            mission:
                "The Washington Cluster will continue the legacy of excellence by supporting students in reaching their highest potential through a whole-child and community-centered approach to ensure college and career preparedness.",
            signatureProgram: "S.T.E.M. (Science, Technology, Engineering & Mathematics)",
            priorities: [
                "Engage school community (STEM Rubric # 9)",
                "Provide effective, high quality professional learning (PL)",
                "Implement a Rigorous Curriculum",
            ]),
    ]

    /// Chairs' names for the synthetic clusters (invented).
    static let chairs = [
        "Dr. Angela Brooks", "Marcus Hill", "Dr. Renee Walker", "Thomas Greene", "Latoya Simmons",
        "Dr. Paul Kim", "Monique Carter", "Dr. Gregory Owens", "Sandra Ellis",
    ]

    /// Surnames that feeder schools are named after (invented).
    static let feederNames = [
        "Adams", "Beecher", "Boyd", "Brown", "Cascade", "Cleveland", "Dobbs", "Finch", "Garden Hills", "Heritage",
        "Hutchinson", "Jones", "Kimberly", "Lin", "Morningside", "Parkside", "Peyton Forest", "Rivers", "Scott",
        "Slater", "Smith", "Towns", "Usher", "Venetian Hills", "West Manor", "Whitefoord", "Woodson", "Bolton",
        "Centennial", "Fain", "Gideons", "Harper", "Humphries", "Miles", "Perkerson", "Stanton",
    ]
}
