package lookup

import "testing"

// ferryStrike is a short article written for this test, in no question
// set: an ongoing walkout whose length so far is written as the ordinal
// day it has entered, beside the length of an earlier walkout in days.
const ferryStrike = `Ferry crews stay off the job as talks stall

PORT ELLIS, Wash. (AP) — Talks between the state ferry system and its deckhands broke off again Tuesday as a strike by about 900 crew members entered its fifth day.

A strike by the same union in 2014 lasted 12 days.

The ferry system said it has hired 40 temporary captains.
`

// "How long has X gone on (so far)" is answered by the ordinal day an
// ongoing event has entered; a past event's duration answers only the
// question that asks it, and "how long ago" is no duration so far.
func TestOngoingSpan(t *testing.T) {
	e := engineOf(t, ferryStrike)
	checkAnswers(t, e, []answerCase{
		{"how long has the strike gone on", []string{"fifth day"}, []string{"12 days"}},
		{"how long has the strike lasted so far", []string{"fifth day"}, []string{"12 days"}},
		{"how long did the 2014 strike go compared w this one so far", []string{"12 days", "fifth day"}, nil},
		{"how long did the 2014 strike last", []string{"12 days"}, []string{"fifth"}},
		// nothing names the captains' hiring as entering a day
		{"how long have the captains been hired", nil, []string{"fifth"}},
	})
}

// busObit is a short article written for this test, in no question set:
// a role written as a compound of object and agent noun ("bus driver"),
// whose duration the article gives by the act on the object.
const busObit = `Longtime Dover bus driver dies at 88

DOVER, Del. (AP) — Walter Penn, a retired bus driver who coached youth baseball for decades, has died. He was 88.

Penn drove a city bus in Dover for 31 years, retiring in 1999. He also sang in a church choir.
`

// "How long was he a ROLE" asks how long he did the act the role names:
// the object noun of a compound the article writes stands for the role.
func TestRoleDuration(t *testing.T) {
	e := engineOf(t, busObit)
	checkAnswers(t, e, []answerCase{
		{"how long was he a busman", []string{"31 years"}, nil},
		{"how long was he a choirmaster", nil, []string{"31 years"}},
	})
}

// bakeryYears is a short article written for this test, in no question
// set: durations bounded by years ("since 1987", "from 1961 to 1994")
// beside one written as a number of weeks.
const bakeryYears = `Bakery marks a milestone

MILLTOWN, Ore. (AP) — The Rivera family has run the Corner Bakery since 1987, owner Luis Rivera said Tuesday.

Rivera's mother, Ana, worked at the bakery from 1961 to 1994. The shop closed for six weeks in 2008 after a fire.

The bakery employs 14 people.
`

// "How long" with no duration written as a number is answered by the
// years that bound the act asked: the years between "from" and "to",
// or "since" for a question in the perfect; another act's span answers
// nothing.
func TestYearSpan(t *testing.T) {
	e := engineOf(t, bakeryYears)
	checkAnswers(t, e, []answerCase{
		{"how long has the family run the bakery", []string{"Since 1987"}, nil},
		{"how long did ana work at the bakery", []string{"33 years", "1961"}, nil},
		{"how long was the shop closed", []string{"Six weeks"}, []string{"1987"}},
		{"how long did ana run the bakery", nil, []string{"1987", "33 years"}},
		{"how long has the bakery employed 14 people", nil, []string{"1987"}},
	})
}

// millWorker is a short article written for this test, in no question
// set: a worker's years at a plant, the plant named only after the
// duration, in a relative clause.
const millWorker = `Paper mill to close

RIDGEWAY, Maine (AP) — Harlow Paper Co. said Monday it will close its Ridgeway mill in June.

Tom Reyes, 51, has worked on the pulp line for 22 years, following his uncle, who retired from the mill in 2001.
`

// A duration the asked subject follows is another subject's: "how long
// has the mill been operating" is not answered by a worker's 22 years,
// which still answer how long he has worked there.
func TestDurationOfOtherSubject(t *testing.T) {
	e := engineOf(t, millWorker)
	checkAnswers(t, e, []answerCase{
		{"how long has the mill been operating", nil, []string{"22 years"}},
		{"how long has the factory been operating", nil, []string{"22 years"}},
		{"how long has reyes worked at the mill", []string{"22 years"}, nil},
	})
}

// coachCareer is a short article written for this test, in no question
// set: a duration written only as a compound modifier ("a 29-year
// coaching career").
const coachCareer = `Longtime coach retires

SALEM, Ore. (AP) — Marta Lindqvist, who won four state titles in a 29-year coaching career at Salem High, retired Friday.

She taught chemistry at the school for 31 years.
`

// A span written as a compound modifier answers "how long" as a phrase
// of its own: "29 years", not "29-year".
func TestHyphenedDuration(t *testing.T) {
	e := engineOf(t, coachCareer)
	checkAnswers(t, e, []answerCase{
		{"how long did she coach", []string{"29 years."}, []string{"29-year."}},
		{"how long did she teach chemistry", []string{"31 years"}, nil},
	})
}
