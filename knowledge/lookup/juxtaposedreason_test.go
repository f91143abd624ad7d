package lookup

import "testing"

// A story whose events are each followed, in their paragraph, by a
// sentence that explains them without a word of cause.
const juxtaposedReasonStory = `Riverside pool stays shut for the summer

DAYTON, Ohio (AP) — The city of Dayton will keep its Riverside public pool closed this summer, parks director Helen Moss said Monday.

The pool closed in March. Inspectors had found cracks in the main drain line.

The diving well will stay empty through August. The reason is that the city cannot find a contractor to reline it before fall.

Swim lessons were moved to a school pool. The riverside deck was too damaged to hold classes safely, Moss said.

Lifeguards said they were disappointed. "We trained all winter for this," said lifeguard Ana Ruiz, 19.

Attendance at the city's other pool is expected to double. About 40,000 people swam at Riverside last year.

A Riverside lifeguard is suspended for the season. Another guard, a 20-year-old, was suspended himself in April for sleeping on duty.
`

func TestReasonInTheNextSentence(t *testing.T) {
	e := engineOf(t, juxtaposedReasonStory)
	checkOpenings(t, e, []openingCase{
		// past perfect: an earlier event
		{q: "why did the pool close", first: "Inspectors had found cracks"},
		// "the reason is that …"
		{q: "why will the diving well stay empty", first: "The reason is that"},
		// a state of excess: "too damaged to …"
		{q: "why were swim lessons moved", first: "The riverside deck was too damaged"},
		// the speaker's own words after the report of them
		{q: "why were the lifeguards disappointed", first: `"We trained all winter`},
		// a past event told after a future one
		{q: "why is attendance at the other pool expected to double", first: "About 40,000 people swam"},
	})
	checkAnswers(t, e, []answerCase{
		// an emphatic reflexive tells another case of the same act, not its reason
		{"why is the riverside lifeguard suspended for the season", nil, []string{"sleeping on duty"}},
	})
}
