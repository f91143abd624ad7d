package lookup

import "testing"

// kayakRace is a short article written for this test, in no question
// set: two of its sentences tell two events each, ordered only by "after"
// and "before", and the second tells the later event first.
const kayakRace = `Kayaker finishes river marathon despite capsizing

HOLT FALLS, Mont. (AP) — A kayaker from Helena finished the 90-mile Clearwater River Marathon on Sunday, hours after she capsized in a rapid below Holt Falls.

Rescuers pulled her boat from an eddy on Saturday, shortly before noon. Judges gave her the title two days later, before the awards dinner began.

Organizers closed the lower course, after a ranger spotted a bear on the bank.

A trail that crews cleared in April will reopen, the park service announced Friday, after hikers petitioned the county.
`

// TestConnectiveSplit checks which side of a connective each
// alternative's words stand on.
func TestConnectiveSplit(t *testing.T) {
	e := engineOf(t, kayakRace)
	s := &e.r.sents[len(e.r.sents)-2] // "Organizers closed the lower course, after a ranger spotted a bear on the bank."
	in, earlier, _, ok := e.connectiveSplit(s, [2][]int{{tokenAt(s, "closed")}, {tokenAt(s, "bear")}})
	if !ok || in != 1 || !earlier {
		t.Errorf("closed/bear: got in=%d earlier=%v ok=%v, want the bear inside an earlier complement", in, earlier, ok)
	}
	if _, _, _, ok := e.connectiveSplit(s, [2][]int{{tokenAt(s, "closed")}, {tokenAt(s, "course")}}); ok {
		t.Error("both alternatives outside the complement: no order")
	}
}

// tokenAt is the index of the first token of s written w.
func tokenAt(s *sentence, w string) int {
	for i, t := range s.toks {
		if t.lower == w {
			return i
		}
	}
	return -1
}

// TestConnectiveAttachment checks that a connective orders only the
// clause it attaches to, not a relative clause before it.
func TestConnectiveAttachment(t *testing.T) {
	e := engineOf(t, kayakRace)
	s := &e.r.sents[len(e.r.sents)-1]
	petitioned := []int{tokenAt(s, "petitioned")}
	if _, _, _, ok := e.connectiveSplit(s, [2][]int{{tokenAt(s, "cleared")}, petitioned}); ok {
		t.Error("cleared/petitioned: the after clause attaches to announced, not to the relative clause")
	}
	if in, earlier, _, ok := e.connectiveSplit(s, [2][]int{{tokenAt(s, "announced")}, petitioned}); !ok || in != 1 || !earlier {
		t.Errorf("announced/petitioned: got in=%d earlier=%v ok=%v", in, earlier, ok)
	}
}

// TestInsideComplement checks that a sentence's time does not date the
// event told in the complement of its "after", and still dates the main
// clause's event and a measured span's own.
func TestInsideComplement(t *testing.T) {
	e := engineOf(t, "Ferry returns\n\nPORT ALDER, Wash. (AP) — The ferry sailed again on Tuesday, after the crew repaired its engine. The crew ordered the part on Monday.\n")
	s := &e.r.sents[len(e.r.sents)-2]
	if got := e.eventTimesOf(s, []int{tokenAt(s, "repaired")}); len(got) != 0 {
		t.Errorf("repaired: Tuesday dates the sailing, got %v", got)
	}
	if got := e.eventTimesOf(s, []int{tokenAt(s, "sailed")}); len(got) != 1 {
		t.Errorf("sailed: want Tuesday, got %v", got)
	}
	checkAnswers(t, e, []answerCase{
		{"what came first, the crew ordering the part or the ferry sailing", []string{"Crew ordering the part came first"}, nil},
	})
}

// galleryLoan is a short article written for this test, in no question
// set: a time inside a "before" complement dates the complement's own
// event, not the clause the connective attaches to.
const galleryLoan = `Loaned painting arrives at Duluth gallery

DULUTH, Minn. (AP) — A 19th-century harbor painting went on view Friday at the Tweed Gallery.

Movers packed it in Boston on Monday, and a courier drove it across five states before it reached the gallery Thursday.

On Wednesday, a conservator from the lender examined the frame in a Duluth warehouse.
`

func TestTimeInsideConnectiveComplementDatesItsEvent(t *testing.T) {
	checkOpenings(t, engineOf(t, galleryLoan), []openingCase{
		{"what happened first, the painting reaching the gallery or the conservator examining the frame", "Conservator examining the frame came first", []string{"Wednesday", "Thursday"}, nil},
	})
}
