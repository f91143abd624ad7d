package lookup

import "testing"

// A story that gives a swimmer's age only in the description opening the
// sentence after the one that names her, and a ferry's age the same way.
const ageBackRefStory = `Swimmer crosses lake in record time

BURLINGTON, Vt. (AP) — Swimmer Tessa Morland crossed Lake Champlain on Sunday in just under 11 hours, breaking a record that had stood since 1994.

The 41-year-old Canadian set off from the New York shore before dawn.

Her coach, Brian Ostrow, followed in a boat.

The 60-year-old ferry was used as a support vessel.
`

func TestAgeBackReference(t *testing.T) {
	e := engineOf(t, ageBackRefStory)
	checkAnswers(t, e, []answerCase{
		{"how old is morland", []string{"41"}, nil},
		// the ferry is no person: its age is not Ostrow's
		{"how old is ostrow", nil, []string{"60"}},
	})
}

// A second reference that carries the age may follow a fronted adverbial
// and have a compound head ("On Friday, the 64-year-old bus driver"):
// written for this test, in no question set.
func TestAgeBackReferenceAfterAdverbial(t *testing.T) {
	e := engineOf(t, "Driver retires\n\nBANGOR, Maine (AP) — Paul Gagne has driven the No. 4 bus since 1991. On Friday, the 64-year-old bus driver parked it for the last time.\n")
	checkAnswers(t, e, []answerCase{
		{"how old is gagne", []string{"64"}, nil},
		{"how old is he", []string{"64"}, nil},
	})
}

// cobblerHandoff is a short article written for this test, in no question
// set: an age given by a description that opens the sentence after the
// person's name, and another person named in that sentence's predicate,
// set off by a comma after a noun of her own.
const cobblerHandoff = `Cobbler hands over shop

LOWELL, Mass. (AP) — Ray Dufresne has repaired shoes on Merrimack Street since 1979. On Friday, the 74-year-old cobbler will hand the shop to his niece, Carla Dufresne.

Carla Dufresne said she would keep the old sign.
`

// TestAgeBackReferenceOverPredicateName checks that a person named in
// the predicate neither blocks the description's reference to the person
// before nor takes the description's age as an appositive.
func TestAgeBackReferenceOverPredicateName(t *testing.T) {
	e := engineOf(t, cobblerHandoff)
	checkOpenings(t, e, []openingCase{{"how old is ray", "Ray Dufresne is 74", nil, nil}})
	checkWantOrRefused(t, e, []wantCase{{"how old is carla", ""}})
}
