package lookup

import "testing"

// paperMill is a short article written for this test, in no question set:
// one mill's act still ahead ("will stop making newsprint at the end of
// March"), the same act of other mills in the past ("have stopped making
// newsprint since 2010"), the mill's past output dated "last year", and a
// meeting arranged for later ("are scheduled to meet … Friday").
const paperMill = `Paper mill to stop making newsprint

CEDAR FALLS, Ore. (AP) — The Riverside paper mill will stop making newsprint at the end of March, its owner said Thursday, ending a product the mill has turned out since 1952.

Three other Oregon mills have stopped making newsprint since 2010, according to a state trade group.

The mill made 90,000 tons of newsprint last year, down from 200,000 in 2008.

Union leaders are scheduled to meet company officials Friday. The mill will keep making cardboard.
`

func TestFutureQuestionTakesTheFutureAct(t *testing.T) {
	e := engineOf(t, paperMill)
	checkAnswers(t, e, []answerCase{
		// "does … stop": a fixed future arrangement, dated by the future sentence
		{"when does the mill stop making newsprint", []string{"end of March"}, []string{"2010"}},
		// "the last day" names the time asked, not a word to find in "last year"
		{"when's the last day they make newsprint", []string{"end of March"}, []string{"Last year"}},
		// the past question keeps the past act
		{"when did other mills stop making newsprint", []string{"2010"}, nil},
		{"when do union leaders meet company officials", []string{"Friday"}, nil},
	})
}

// A question about the future is not answered by a past time: the mill
// "opened" a new line "last year", and nothing dates the new line's sales.
func TestFutureQuestionNotAnsweredByPastTime(t *testing.T) {
	e := engineOf(t, paperMill+"\nThe mill opened a cardboard line last year. Sales of the new line will grow, the owner said.\n")
	checkAnswers(t, e, []answerCase{
		{"when does the cardboard sale open", nil, []string{"Last year"}},
		{"when did the mill open its cardboard line", []string{"ast year"}, nil},
	})
}

// "Since when" asks the past start of a state up to now, which the act
// that began it may tell ("bought the field in 1974"): written for this
// test, in no question set.
func TestSinceWhenAsksPastStart(t *testing.T) {
	e := engineOf(t, "Club keeps its field\n\nAMES, Iowa (AP) — The Ames Rugby Club bought the field on Duff Avenue in 1974 from a dairy farmer. The club will host a tournament there next month.\n")
	checkAnswers(t, e, []answerCase{
		{"since when does the club own the field", []string{"1974"}, []string{"next month"}},
	})
}

// TestPastQuestionTakesNoFutureTime checks that a when-question asked in
// the simple past is not answered by a time whose clause is still to
// come ("is expected to reach Boise by Friday"), while the future
// question still is, on a short article written for this test.
func TestPastQuestionTakesNoFutureTime(t *testing.T) {
	e := engineOf(t, "Smoke from fires drifts east\n\nBOISE, Idaho (AP) — Smoke from wildfires in Oregon is expected to reach Boise by Friday, forecasters said.\n\nAir quality alerts were issued for six counties.\n")
	checkAnswers(t, e, []answerCase{
		{"when did the smoke start", nil, []string{"Friday."}},
		{"when will the smoke reach boise", []string{"Friday"}, nil},
	})
}
