package lookup

import "testing"

// TestStrandedGoal checks that "which hospital were people taken to" is
// answered with the name the article writes after "taken to", though it
// never writes "hospital"; that a town there, or a name whose head says
// it is another kind of body, is no answer; and that a verb the article
// does not write before the preposition answers nothing, on a short
// article written for this test.
func TestStrandedGoal(t *testing.T) {
	e := engineOf(t, "Bus overturns on county road\n\nHOLLIS, Vt. (AP) — A school bus overturned on a county road near Hollis on Thursday, and six students were taken to Marrow Valley Medical with cuts and bruises, state police said.\n\nThe driver was taken to the Hollis Police Department for questioning. A teacher was driven to Hollis by a parent.\n")
	checkAnswers(t, e, []answerCase{
		{"which hospital were the students taken to", []string{"Marrow Valley Medical."}, nil},
		// a police department is no hospital
		{"which hospital was the driver taken to", nil, []string{"Hollis Police Department."}},
		// "driven to Hollis": a town is no hospital
		{"which hospital was the teacher driven to", nil, []string{"Hollis."}},
		// the article writes no one staying anywhere
		{"which hotel did the students stay at", nil, []string{"Hollis Police Department.", "Marrow Valley Medical."}},
	})
}
