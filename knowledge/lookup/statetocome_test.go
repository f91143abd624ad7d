package lookup

import "testing"

// TestStateStillToCome: a present-state question ("is it open yet") is
// not answered Yes by a sentence that gives the state only as to come;
// the opposite state told of the subject answers No, else "not yet". A
// state told as holding still answers Yes, and a state to come says
// nothing of the other side.
func TestStateStillToCome(t *testing.T) {
	e := engineOf(t, "Bridges and pools in Marlow\n\nMARLOW, Ky. (AP) — The northbound lanes of the Elm Street bridge are expected to reopen in April, state transportation officials said Friday.\n\nThe Oak Street bridge reopened Monday after repairs. The city would open a warming center in the old Kent pool building, which closed in 2019.\n")
	checkOpenings(t, e, []openingCase{
		{"are the northbound lanes open yet", "Not yet", []string{"expected to reopen in April"}, nil},
		{"is the oak street bridge open", "Yes —", []string{"reopened Monday"}, nil},
		{"is the kent pool still open", "No —", []string{"which closed in 2019"}, nil},
		{"are the northbound lanes closed", "", nil, []string{"Not yet", "Yes —"}},
	})
}

// TestAttemptInfinitive: an act told only in the to-infinitive of a
// present or future attempt is "not yet"; of a past attempt, no verdict;
// an act told as done is Yes.
func TestAttemptInfinitive(t *testing.T) {
	e := engineOf(t, "Marina for sale\n\nPORT ELLIS, Mich. (AP) — The city will try to sell the Port Ellis marina this summer, the mayor said Tuesday.\n\nThe city tried to lease the boat ramp last year. Officials sold the old ferry dock in 2022.\n")
	checkOpenings(t, e, []openingCase{
		{"has the marina been sold", "Not yet", []string{"will try to sell"}, nil},
		{"did the city lease the boat ramp", partialYesNo, []string{"tried to lease"}, []string{"Yes —"}},
		{"was the ferry dock sold", "Yes —", []string{"sold the old ferry dock"}, nil},
	})
}
