package lookup

import "testing"

// medevacLanding is a short article written for this test, in no question
// set: a crew of two, one named with a noun that shares the stemmer's cut
// of the asked verb ("flight" and "flying" are both cut to "fli"), the
// other the doer of the asked act in the progressive ("was flying").
const medevacLanding = `Medical helicopter lands in a cornfield

AMES, Iowa (AP) — A medical helicopter carrying a patient made an emergency landing in a cornfield Tuesday after its engine lost power, the operator said.

Chief pilot Mara Ellison, 48, who has logged 8,000 flight hours, radioed the tower when the helicopter began to shake. Trainee pilot Ben Ortiz, 26, was flying the aircraft at the time.

The patient was taken to a hospital in Des Moines by ambulance.
`

// "was flying" is the progressive, not a passive without its agent, so its
// subject did the act; and "flight" is no clipping of "flying": a
// clipping is a word of its own (Quirk et al., §3.54, App. I.74).
func TestProgressiveDoerAndStemCutsNoClipping(t *testing.T) {
	e := engineOf(t, medevacLanding)
	checkAnswers(t, e, []answerCase{
		{"who was actually flying the helicopter", []string{"Ben Ortiz"}, []string{"Ellison"}},
	})
}

// kilnStrike is a short article written for this test, in no question
// set: a company's spokesman named by the role, a union leader who also
// speaks, and a bill a lawmaker spoke for.
const kilnStrike = `Brick workers walk out at Ohio kiln

ZANESVILLE, Ohio (AP) — About 200 workers at the Redmond Brick Co. kiln walked off the job Monday after talks on a new contract broke down.

"We have made a fair offer and we hope the workers return soon," company spokesman Victor Hale said Tuesday.

Union president Rosa Lindqvist said the workers would stay out until the company restored their pensions. She spoke with the plant manager by phone on Monday night.

State Rep. Owen Marsh spoke for a bill that would fund pensions at failed plants.
`

// One who speaks for another is their spokesperson (Merriam-Webster,
// "spokesperson"; AP Stylebook, "spokesman, spokeswoman").
func TestSpeakingForIsTheSpokesperson(t *testing.T) {
	e := engineOf(t, kilnStrike)
	checkAnswers(t, e, []answerCase{
		{"who's speaking for the company", []string{"Victor Hale"}, []string{"Lindqvist"}},
		{"who speaks for redmond brick", []string{"Victor Hale"}, []string{"Lindqvist"}},
		// a bill has no spokesperson: "spoke for" it is spoke in its favour
		{"who spoke for the bill", []string{"Owen Marsh"}, []string{"Hale"}},
	})
}

// parkLeashVote is a short article written for this test, in no question set:
// a measure's sponsor named by a relative clause, a bill's by a role, and
// a driver.
const parkLeashVote = `Council backs leash rule for city parks

BOISE, Idaho (AP) — The Boise City Council voted 5-2 on Tuesday to require leashes for dogs in all city parks.

Council member Ana Ruiz, 44, who sponsored the ordinance, said parks had become "unsafe for small children." Council member Tom Beck voted no.

A state bill would go further. "Every city should do this," said Sen. Carl Oden, the bill's sponsor.

Parks worker Lee Park, who drove the city truck to the meeting, said he owns two dogs.
`

// "carry" a bill is to be its sponsor (Washington State Legislature, "Bill
// sponsor basics"); one "behind" a proposal supports it as its source
// (Merriam-Webster, "behind").
func TestCarryingOrBehindIsTheSponsor(t *testing.T) {
	e := engineOf(t, parkLeashVote)
	checkAnswers(t, e, []answerCase{
		{"who's behind the ordinance", []string{"Ana Ruiz"}, []string{"Beck"}},
		{"who's carrying the bill", []string{"Carl Oden"}, []string{"Ruiz"}},
		// no sponsor: read as asked
		{"who was behind the wheel of the truck", nil, []string{"Ruiz", "Oden"}},
	})
}

// mineTalks is a short article written for this test, in no question set:
// the doer of an act named by a pronoun, the other party after a
// preposition and a genitive determiner.
const mineTalks = `Miners and owner return to talks

ELKO, Nev. (AP) — Talks to end a two-week strike at the Ruby Ridge gold mine resume Monday, both sides said.

Union president Carla Nunez said the workers want their pensions back. She met with Ruby Ridge's Owen Tate on Friday night.
`

// A name after a preposition is not the doer, past a genitive
// determiner too ("with Ruby Ridge's Owen Tate"; Quirk et al., §5.115):
// the sentence's subject, here a pronoun, is.
func TestPrepositionObjectPastGenitiveIsNoDoer(t *testing.T) {
	e := engineOf(t, mineTalks)
	checkAnswers(t, e, []answerCase{
		{"who met on friday night", []string{"Carla Nunez"}, []string{"Owen Tate."}},
	})
}

// lakeRace is a short article written for this test, in no question set:
// a subject pronoun after a sentence that ends with another man's name,
// and a rival named after a preposition and a genitive.
const lakeRace = `Diallo breaks record at Lake City Marathon

LAKE CITY, Utah (AP) — Omar Diallo of Senegal won the Lake City Marathon on Sunday in 2 hours, 9 minutes, 2 seconds.

Diallo, 30, took 41 seconds off the old record, set in 2015 by Kenya's Peter Kamau. He pulled away from Ethiopia's Dawit Bekele at 30 kilometers and won by 20 seconds.
`

// "He" opening a sentence continues the last sentence's subject
// (Centering: Grosz, Joshi and Weinstein 1995), and the rival after
// "from" is no doer.
func TestSubjectPronounContinuesTheSubject(t *testing.T) {
	e := engineOf(t, lakeRace)
	checkAnswers(t, e, []answerCase{
		{"who won by 20 seconds", []string{"Omar Diallo."}, []string{"Peter Kamau.", "Dawit Bekele."}},
	})
}

// ridgeRun is a short article written for this test, in no question set:
// the men's race left unmarked and the women's marked, as sports writing
// does, and runners who are no runner-up.
const ridgeRun = `Kiprop and Lund win Ridge Run

BEND, Ore. (AP) — Daniel Kiprop of Kenya won the Ridge Run half marathon on Saturday in 1 hour, 1 minute, 10 seconds.

Anna Lund of Sweden won the women's race in 1:09:44. Kiprop earned $20,000 for the win.

Race director Ellen Shaw said 90 runners were treated for heat, and Carl Ames finished second, 12 seconds behind Kiprop. Joe Reed was the top American man, in fifth.
`

// The masculine is the unmarked term (Lyons 1977, §9.7): "the men's race"
// is the race the article names bare, not the women's; "runner up" is the
// compound runner-up (Chicago Manual 7.89), which no "runners" answer.
func TestUnmarkedEventAndParticleCompound(t *testing.T) {
	e := engineOf(t, ridgeRun)
	checkAnswers(t, e, []answerCase{
		{"who won the mens race", []string{"Daniel Kiprop"}, []string{"Lund"}},
		{"who won the womens race", []string{"Anna Lund"}, []string{"Kiprop."}},
		{"who was runner up on the mens side", []string{"Carl Ames."}, []string{"Ellen Shaw."}},
	})
}
