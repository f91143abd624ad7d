package lookup

import "testing"

// snowStorm is a short article written for this test, in no question set:
// a death toll told by the passive of a causative verb, hedged ("at least
// three people were killed"), beside one death told by "died"; amounts of
// a mass noun measured in units, its subject a compound of the noun
// ("Snowfall reached 22 inches in Stowe and 15 inches in Montpelier"),
// each measure owned by the place after it; and a count of people that
// answers neither.
const snowStorm = `Blizzard buries northern Vermont

BURLINGTON, Vt. (AP) — A blizzard dropped heavy snow across northern Vermont on Tuesday and knocked out power to 38,000 homes.

At least three people were killed in crashes on Interstate 89, state police said. One driver died when his truck slid off a bridge near Waterbury.

Snowfall reached 22 inches in Stowe and 15 inches in Montpelier, the National Weather Service said.

About 900 people spent the night in warming centers, officials said. The storm is expected to drop 6 to 10 inches of snow on Maine on Wednesday.
`

// "How many died" is answered by a count of those killed: WordNet's
// cause relation (kill → die), a causative entailing its result; and
// "how much snow" by a measure of the snowfall, at the place asked.
func TestCountByCauseAndMeasureOfMass(t *testing.T) {
	e := engineOf(t, snowStorm)
	checkAnswers(t, e, []answerCase{
		{"how many ppl died", []string{"At least three"}, []string{"900"}},
		{"how much snow in stowe", []string{"22 inches"}, []string{"15 inches."}},
		{"how much snow fell in montpelier", []string{"15 inches"}, []string{"22 inches."}},
		{"how much snow fell in waterbury", nil, []string{"inches."}},
		// a range gives its unit once: "6 to 10 inches" is both bounds
		{"how much snow will maine get", []string{"6 to 10 inches."}, nil},
	})
}

// outage is a short article written for this test, in no question set:
// a total count in the lead and one owner's share of it later ("41,000 of
// its customers"), the owner named with a word the article also uses as a
// common noun ("Lakeshore Power", "restored power").
const outage = `Ice storm cuts power across the lakeshore

TRAVERSE CITY, Mich. (AP) — An ice storm snapped lines across northern Michigan on Monday, cutting power to more than 70,000 customers.

Lakeshore Power said 41,000 of its customers lost electricity, with rural cooperatives reporting the rest. Crews had restored power to about 9,000 homes by Tuesday, the utility said.
`

// A count of one owner's share ("41,000 of its customers") does not
// answer a question that names no owner when the article counts the
// same noun for no one; a lower-case word the article uses as a common
// noun ("power") does not name the company whose name ends with it.
func TestOwnedShareIsNoTotal(t *testing.T) {
	e := engineOf(t, outage)
	checkAnswers(t, e, []answerCase{
		{"how many customers lost power total", []string{"70,000"}, []string{"41,000"}},
		{"how many customers lost power", []string{"70,000"}, []string{"41,000"}},
		{"how many lakeshore power customers lost power", []string{"41,000"}, []string{"70,000"}},
	})
}

// clinicLeak is a short article written for this test, in no question
// set: a count whose noun has coordinated premodifiers ("current and
// former patients").
const clinicLeak = `Clinic says records exposed

DAYTON, Ohio (AP) — A billing error at Miami Valley Clinic exposed the records of about 9,400 current and former patients, the clinic said Friday.

The clinic will mail letters to all of them next week.
`

// A count of "current and former patients" is of both sets: it answers a
// question about the patients, or about both, but not one about the
// current patients alone.
func TestCoordinatedModifiersCountTheUnion(t *testing.T) {
	e := engineOf(t, clinicLeak)
	checkAnswers(t, e, []answerCase{
		{"how many patients had records exposed", []string{"9,400 current and former patients"}, nil},
		{"how many current patients had records exposed", nil, []string{"9,400"}},
		{"how many former patients", nil, []string{"9,400"}},
	})
}

// laptopPlan is a short article written for this test, in no question
// set: a total spent on plural things, a rate per person, and a price
// per item given with a distributive "each".
const laptopPlan = `District buys laptops for every student

GREELEY, Colo. (AP) — The Weld Valley school district spent $1.2 million on laptops this summer, or about $240 per student, Superintendent Ana Ruiz said Tuesday.

Each charger costs $19, and the district bought 5,000 of them.
`

// "How much does one X cost", "per X", "each" ask one item's amount: a
// figure marked as a rate for that item, not a total spent on many.
func TestRateAskedOfOneItem(t *testing.T) {
	e := engineOf(t, laptopPlan)
	checkAnswers(t, e, []answerCase{
		{"how much did the district spend per student", []string{"About $240."}, []string{"$1.2 million."}},
		{"how much does one of those laptops cost", nil, []string{"$1.2 million.", "$240."}},
		{"how much is each charger", []string{"$19"}, nil},
		{"how much would a new laptop plan cost", nil, []string{"$240."}},
		{"how much did the district spend on laptops", []string{"$1.2 million."}, nil},
	})
}

// hayFire is a short article written for this test, in no question
// set: an arrival placed by a span of time after an earlier act ("12
// minutes later"), a duration ("within two hours") and a height.
const hayFire = `Barn fire destroys hay in Millbrook

MILLBROOK, N.Y. (AP) — A fire destroyed a hay barn on Route 44 early Friday, fire officials said.

A neighbor called 911 at 3:10 a.m. Firefighters arrived 12 minutes later and had the blaze under control within two hours. The barn, which stood 40 feet tall, held about 3,000 bales of hay.
`

// "How quickly" asks the time an act took, answered by a span of time
// (or a speed), not by another measure of the sentence.
func TestHowQuicklyAsksTime(t *testing.T) {
	e := engineOf(t, hayFire)
	checkAnswers(t, e, []answerCase{
		{"how quickly did firefighters arrive", []string{"12 minutes."}, []string{"40 feet."}},
		{"how quickly did they get the fire under control", []string{"Two hours."}, nil},
		{"how quickly did the barn burn", nil, []string{"minutes.", "hours.", "feet."}},
	})
}
