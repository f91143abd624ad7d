package lookup

import "testing"

// ferryStory is a short news story written for these tests, in no
// question set: a clock time beside a relative one.
const ferryStory = `Ferry service resumes after repairs

ANACORTES, Wash. (AP) — Ferry service to the San Juan Islands resumed Tuesday after a month of repairs to the dock.

The first boat pulled out of the terminal at 5:15 a.m. PDT and reached Friday Harbor 65 minutes later.

"We are glad to have the islands connected again," said Rita Moreno, the ferry system's director.
`

// TestClockTime checks that a clock time written with AP's "a.m." is
// found before the punctuation or word that follows it, and answers
// "what time".
func TestClockTime(t *testing.T) {
	e := engineOf(t, ferryStory)
	tests := []answerCase{
		{"what time did the first boat pull out", []string{"At 5:15 a.m. The"}, nil},
	}
	checkAnswers(t, e, tests)
}

// schoolTalks is a short news story written for these tests, in no
// question set: an offer, and the particle "off" in other sentences.
const schoolTalks = `District, teachers far apart as strike looms

ROCKFORD, Ill. (AP) — Talks between the Rockford school district and its teachers union broke down again Thursday.

The district delivered its final offer to the union on Monday, and the union turned it down within a day.

On Wednesday, the district laid off 40 bus drivers.

Some cafeteria workers walked off the job in 2019.

"We are not going anywhere," union president Dana Cole said.
`

// TestOfferIsNoOff checks that "offer" is not read as the comparative of
// the adjective "off" (WordNet lists it as both) nor as a clipping of it,
// so an offer is dated by the sentence that tells of it.
func TestOfferIsNoOff(t *testing.T) {
	e := engineOf(t, schoolTalks)
	tests := []answerCase{
		{"what came first, the final offer or the bus drivers", []string{"Final offer came first", "Monday"}, nil},
		{"when was the offer made", []string{"Monday"}, []string{"2019"}},
	}
	checkAnswers(t, e, tests)
}

// poetObit is a short obituary written for these tests, in no question
// set: a prize dated by a year, a later honour counted from it.
const poetObit = `Mara Lind, poet of the prairie, dies at 91

OMAHA, Neb. (AP) — Mara Lind, whose poems about farm life won a wide readership, has died. She was 91.

She won the Willa Prize from the Plains Writers Guild in 1972. Twelve years later, the state of Nebraska named a highway rest stop for her.

Her last book appeared in 2015.
`

// TestCountedFromAnswers checks that a time counted from the one before it
// ("twelve years later") dates an event for "when" and orders it in a
// choice.
func TestCountedFromAnswers(t *testing.T) {
	e := engineOf(t, poetObit)
	tests := []answerCase{
		{"which came first, the rest stop or the writers guild prize", []string{"Writers guild prize came first", "1972"}, nil},
		{"when was the rest stop named for her", []string{"Twelve years later", "1984"}, nil},
	}
	checkAnswers(t, e, tests)
}

// clerkTrial is a short court story written for these tests, in no
// question set: the main actor's hearing told without naming him, a
// co-defendant's with his name.
const clerkTrial = `Former county clerk convicted of embezzlement

DAYTON, Ohio (AP) — A jury on Monday convicted former Montgomery County clerk Arthur Penn of stealing $400,000 in filing fees.

Penn, 61, was found guilty on all five counts. Penn's lawyer said he would appeal.

Prosecutors said Penn hid the thefts with the help of his deputy, Gordon Ames, who pleaded guilty in 2022.

U.S. District Judge Laura Ortiz set sentencing for April 8 and told both sides to file their sentencing memos within a month. Ames will be sentenced in June.

Penn resigned in 2021.
`

// TestBareNameAlternatives checks that bare-name alternatives of a time
// choice are each read with the question's predicate, and that the event
// told without naming whose it is belongs to the story's main actor.
func TestBareNameAlternatives(t *testing.T) {
	e := engineOf(t, clerkTrial)
	tests := []answerCase{
		{"who gets sentenced first, penn or ames", []string{"Penn came first", "April 8", "June"}, nil},
		{"who is sentenced later, penn or ames", []string{"Ames came later", "June"}, nil},
	}
	checkAnswers(t, e, tests)
}

// TestWhenOfMainActor checks that a when-question naming no one is
// answered with the main actor's event, not with another person's told
// in the passive, and that the other person's still answers when named.
func TestWhenOfMainActor(t *testing.T) {
	e := engineOf(t, clerkTrial)
	tests := []answerCase{
		{"when's sentencing", []string{"April 8."}, nil},
		{"when will ames be sentenced", []string{"June"}, nil},
	}
	checkAnswers(t, e, tests)
}

// towpathStory is a short news story written for these tests, in no
// question set: times that are no calendar date (a part of a
// month, a season after "by", a part of the day after "from", a round
// span ago) and two clock times of two coordinated acts.
const towpathStory = `Canal towpath to reopen after repairs

DELPHI FALLS, N.Y. (AP) — The towpath along the Delphi Canal will reopen by mid-August, the state canal agency said Tuesday.

The path was last rebuilt in the 1970s. Workers began clearing fallen trees in early May and work from dawn until dusk on weekdays.

Traffic on the canal should pick up by the fall, when the grain barges run.

A glacier carved the valley several thousand years ago, geologist Nora Pike said.

Crews stopped the pumps at 6 a.m. and divers began lowering cameras with ropes at 9:40 a.m., the agency said.
`

// TestTimesThatAreNoDate checks that a when-question is answered by a
// time adjunct that names no date (Quirk et al. 8.51-8.57): the
// early or middle part of a month, a season or a part of the day after a
// preposition of time, a round span ago; and that "start VERB-ing OBJECT"
// asks the -ing verb's time, not the time of the other act beside it.
func TestTimesThatAreNoDate(t *testing.T) {
	checkOpenings(t, engineOf(t, towpathStory), []openingCase{
		{"when will the towpath reopen", "By mid-August", nil, nil},
		{"when did workers begin clearing trees", "In early May", nil, nil},
		{"when do the grain barges run", "By the fall", nil, nil},
		{"when did the glacier carve the valley", "Several thousand years ago", nil, nil},
		{"when did divers start lowering cameras down", "At 9:40 a.m.", nil, []string{"At 6 a.m."}},
		{"when do workers work", "From dawn", nil, nil},
	})
}
