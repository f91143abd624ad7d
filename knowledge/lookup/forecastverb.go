package lookup

import "strings"

// Verbs of forecasting a figure (part of stage 2). A forecast is reported
// by any of the verbs that judge a figure to come: "expect" and
// "anticipate" (one WordNet 3.0 synset, "regard something as probable or
// likely"), "forecast" and "estimate" (the synset "calculate, estimate,
// reckon, count on, figure, forecast", "judge to be probable", a sister
// of the first under "evaluate, judge"), "predict" (whose synset holds
// "anticipate") and "project" (Merriam-Webster: "to calculate, estimate,
// or predict (something in the future), based on present data or
// trends"). News copy gives a forecast against the outcome in one of them
// ("had forecast a return of about 900 fish"; "planners had projected 1.9
// million") and the question asks it in another ("how many were they
// expecting"), so a question's verb of forecasting meets the article's
// others; and in the past ("were they expecting", "did they predict") it
// asks the figure once forecast, not the outcome (estimateWeight), as
// "expected" does, while in the present ("what do they expect this year")
// it asks the forecast standing now.
var forecastLemmas = set("expect", "anticipate", "forecast", "estimate", "predict", "project")

// forecastStems are the stems of forecastLemmas.
var forecastStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range forecastLemmas {
		m[stemOf(w)] = true
	}
	return m
}()

// forecastVerb reports whether w is a form of a verb of forecasting.
func (e *Engine) forecastVerb(w string) bool {
	return forecastStems[stemOf(e.baseVerb(w))] && e.canBe(w, "verb")
}

// withForecastVerbs gives a question's verb of forecasting the article's
// other verbs of forecasting, as alternatives.
func (e *Engine) withForecastVerbs(terms []term) []term {
	return e.withVerbClass(terms, e.forecastVerb)
}

// pastOperators are the past forms of the operators "do" and "be" and of
// perfect "have" (Quirk et al. 1985, ch. 3, the operator).
var pastOperators = set("did", "was", "were", "had")

// asksPastForecast reports whether q asks with a verb of forecasting in
// the past: in its -ed form, or after a past operator.
func asksPastForecast(q *query) bool {
	forecast, past := false, false
	for _, t := range q.toks {
		if forecastStems[stemOf(t.lower)] {
			forecast = true
			past = past || strings.HasSuffix(t.lower, "ed")
		}
		past = past || pastOperators[t.lower]
	}
	return forecast && past
}
