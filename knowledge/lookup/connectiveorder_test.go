package lookup

import "testing"

// kayakRace is a short article written for this test, in no question
// set: two of its sentences tell two events each, ordered only by "after"
// and "before", and the second tells the later event first.
const kayakRace = `Kayaker finishes river marathon despite capsizing

HOLT FALLS, Mont. (AP) — A kayaker from Helena finished the 90-mile Clearwater River Marathon on Sunday, hours after she capsized in a rapid below Holt Falls.

Rescuers pulled her boat from an eddy shortly before noon. Judges gave her the title two days later, before the awards dinner began.

Organizers closed the lower course, after a ranger spotted a bear on the bank.
`

// TestConnectiveOrder checks that a temporal connective orders two
// events one sentence tells, whichever the sentence tells first.
func TestConnectiveOrder(t *testing.T) {
	e := engineOf(t, kayakRace)
	checkAnswers(t, e, []answerCase{
		{"what came first, the capsizing or her finishing", []string{"Capsizing came first, then her finishing"}, nil},
		{"which happened first, the course closing or the ranger spotting the bear", []string{"Ranger spotting the bear came first"}, nil},
		{"did the awards dinner start before or after the judges gave her the title", []string{"After"}, nil},
	})
}

// TestConnectiveSplit checks which side of a connective each
// alternative's words stand on.
func TestConnectiveSplit(t *testing.T) {
	e := engineOf(t, kayakRace)
	s := &e.r.sents[len(e.r.sents)-1] // "Organizers closed the lower course, after a ranger spotted a bear on the bank."
	in, earlier, ok := connectiveSplit(s, [2][]int{{1}, {8}})
	if !ok || in != 1 || !earlier {
		t.Errorf("closed/bear: got in=%d earlier=%v ok=%v, want the bear inside an earlier complement", in, earlier, ok)
	}
	if _, _, ok := connectiveSplit(s, [2][]int{{1}, {2}}); ok {
		t.Error("both alternatives outside the complement: no order")
	}
}
