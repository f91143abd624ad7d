package lookup

import "testing"

// harborCollision is a short article written for this test, in no
// question set: a vessel and a dog are each named in close apposition
// after a definite description ("the tugboat Mary Ellen", "the rescue
// dog Juno"), with no comma before the name.
const harborCollision = `Tugboat and ferry collide in Port Alder harbor; no one hurt

PORT ALDER, Maine (AP) — A ferry carrying 48 passengers struck a tugboat in Port Alder harbor on Saturday morning, the Coast Guard said. No one was injured.

The tugboat Mary Ellen was towing a fuel barge when the ferry hit its stern in heavy fog, said Petty Officer Lisa Grant, 29.

A crew member fell overboard and was pulled from the water within minutes. Firefighters said the rescue dog Juno spotted him first.

"Without that dog we would have been searching for an hour," said fire Capt. Ron Wills, 52.
`

// A name in close apposition after a definite description answers a
// question that asks the thing's name.
func TestNameInCloseApposition(t *testing.T) {
	e := engineOf(t, harborCollision)
	checkAnswers(t, e, []answerCase{
		{"whats the tugboat's name", []string{"Mary Ellen"}, nil},
		{"what is the name of the tugboat", []string{"Mary Ellen"}, nil},
		{"what was the dog's name", []string{"Juno"}, nil},
		{"whats the dog called", []string{"Juno"}, nil},
	})
}

// A which-question is answered by the name in close apposition after its
// noun ("in the journal Zootaxa" for "what journal"), not by other
// bodies the sentence names. The story is written for this test, in no
// question set.
func TestCloseNamedAnswersWhich(t *testing.T) {
	e := engineOf(t, "Beetle named for singer\n\nA beetle found in Borneo has been named for a folk singer.\n\nThe beetle was described on Monday in the journal Zootaxa by scientists from the Natural History Museum and the University of Oslo.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what journal", first: "Zootaxa"},
		{q: "which journal was it in", first: "Zootaxa"},
	})
}
