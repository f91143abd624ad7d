package lookup

import "testing"

// parkBench is a short article written for this test, in no question
// set: a passive whose by-phrase names its agent by a collective noun
// WordNet files under no kind of person.
const parkBench = `Park gets new benches

DULUTH, Minn. (AP) — Twelve new benches were put in at Lakeside Park this week.

The benches were paid for by a neighborhood group, the city said.
`

// A collective noun of people is an agent (Quirk et al., §5.108).
func TestCollectiveAgent(t *testing.T) {
	e := engineOf(t, parkBench)
	checkOpenings(t, e, []openingCase{
		{q: "who paid for the benches", first: "A neighborhood group."},
	})
}

// owlNest is a short article written for this test, in no question set:
// one group that does an act with no member named, and another whose
// member the next sentence names.
const owlNest = `Snowy owl nests on airport roof

DULUTH, Minn. (AP) — A snowy owl has built a nest on the roof of a hangar at the city airport, officials said Wednesday.

A cleaning crew first spotted the bird on Monday morning. It has not left the roof since.

A three-person team moved the nest to a platform on Tuesday. Wildlife technician Jo Amundsen, who carried the eggs, said all four were intact.
`

// "A cleaning crew" is the unnamed doer a who-question is owed; "A
// three-person team" is followed by its named member, who answers.
func TestUnnamedCollectiveDoer(t *testing.T) {
	e := engineOf(t, owlNest)
	checkAnswers(t, e, []answerCase{
		{"who spotted the owl first", []string{"cleaning crew"}, []string{"Amundsen"}},
		{"who moved the nest", []string{"Amundsen"}, []string{"three-person team;"}},
	})
}
