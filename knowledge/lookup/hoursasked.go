package lookup

// "What hours" asks a schedule's clock times (part of stage 2, the answer
// type). The plural "hours" names the time during which a place is open
// or a duty is done (Merriam-Webster, "hour" n. 3: "office hours",
// "visiting hours"; Oxford English Dictionary, "hour" n. 5, "opening
// hours"), so "what hours are the lanes closed", "which hours is it open"
// and "what are the gate hours" ask a range of clock times as "what time"
// asks one (AP Stylebook, "time of day"): a time question answered by a
// clock time with both its ends (clocktime.go, clockrange.go). The noun
// is asked only when the wh-word determines it, directly or through the
// copula and a determiner (Quirk et al. 1985, §6.36 on "what" as a
// determiner); "how many hours" counts them, and "what happened two hours
// later" asks an event.

// hoursAskedPattern is the interrogative that asks the hours of a schedule.
const hoursAskedPattern = `\b(?:what|which) hours\b|\bwhat (?:is|are|were|will be) (?:the|its|their|his|her|our|your) (?:[a-z0-9-]+ ){0,2}hours\b`
