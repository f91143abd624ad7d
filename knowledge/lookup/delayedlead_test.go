package lookup

import "testing"

// TestDelayedIdentificationLead checks that the lead's indefinite
// description ("A 19-year-old Tacoma woman") is the person named next:
// her age is asked by her name; a lead describing two people ties
// neither to the name that follows.
func TestDelayedIdentificationLead(t *testing.T) {
	e := engineOf(t, "Kayaker rescued from Puget Sound\n\nTACOMA, Wash. (AP) — A 19-year-old Tacoma woman was pulled from the water Sunday after her kayak overturned near Point Defiance, the Coast Guard said.\n\nNora Lindqvist was treated for hypothermia at a Tacoma hospital and released.\n\nShe had been paddling alone for about two hours.\n")
	checkOpenings(t, e, []openingCase{
		{"how old is lindqvist", "Nora Lindqvist is 19", nil, nil},
		{"how old is nora", "Nora Lindqvist is 19", nil, nil},
	})
	two := engineOf(t, "Two hurt in Tacoma crash\n\nTACOMA, Wash. (AP) — A 19-year-old woman and a 40-year-old man were hurt Sunday when their cars collided, police said.\n\nNora Lindqvist was treated at a Tacoma hospital and released.\n")
	checkAnswers(t, two, []answerCase{
		{"how old is lindqvist", nil, []string{"is 19", "is 40"}},
	})
}
