// Quiz of lesson 5 (notebooks/05-...): one-shot learning, N-way K-shot episodes and the nearest
// support example. Choice questions are sealed (see quizzes/README.md); their plain source is
// test/fixtures/quiz-keys/05-one-shot-learning.json (`npm run quiz -- seal <that file>`). The
// numeric key and the code exercise's reference call the library.
import * as tf from "@tensorflow/tfjs";
import { choiceQuestion, codeExercise, defineQuiz, numericQuestion } from "../src/quiz";
import { formatNumber, formatValue } from "../src/quiz/format-value";
import { randomInteger, randomMatrix } from "../src/quiz/random-inputs";
import { cosineSimilarity } from "../src/similarity";

/** Cosine similarity of `query` with every row of `supports`, by the library. */
function similarities(query: readonly number[], supports: readonly number[][]): number[] {
  const scores = cosineSimilarity(
    supports.map(() => [...query]),
    supports,
  );
  const values = scores.arraySync();
  scores.dispose();
  return values;
}

const SUPPORTS = [
  [1, 0, 0],
  [0.6, 0.8, 0],
  [0, 0.6, 0.8],
];
const QUERY = [0.5, 0.7, 0.5];

/** Lesson 5 quiz: 5 choice questions, 1 numeric question, 1 code exercise. */
export const quiz = defineQuiz({
  id: "05-one-shot-learning",
  title: "Lesson 5: one-shot learning",
  description: "Recognising new classes from one example by comparing embeddings.",
  questions: [
    // Question 1
    choiceQuestion({
      stem: "In N-way K-shot evaluation, what does one episode contain?",
      options: [
        "N classes, K labelled support examples of each, and queries to classify among those N classes",
        "N training epochs of K batches each",
        "One class with N times K examples",
        "K classes with N examples each, used to retrain the model",
      ],
      select: "one",
      salt: "27dfde746246fee1",
      keyHash: "9ab8b6783b17c17d85c5a5fb36f361b54bc13993b7a5173727d40d116df60e1f",
      feedback: [
        "v1.lCLLwfVGetFSuPgvxQwhI5RZPiDknllt3NUpT-tuL9UUEGQZP2pAGp99krjCjO5HFH_eh_0PcK6MW359nPOw9A1jYTqptnscvqc1YP7f6CEbEa5ZRDgwviPXGxEIWogOqB06J_mqMA8goeN13TS0vWIahjOSV0ezxm3glikGWliqIs3yiZ4dOISpvbZgGUn7DhUAXC6HU_B-5jTKKlU3mw",
        "v1.GHR9L-EhPcecGuVHNl48bBz_9KlQRfhQoXB-7Scbv8xMB_yxPpqVKxB25RfOy0A2EO43PvMD4oTo7cgs5p8K7DsxrvENkZR92WpVzEdG_N4Bem5RUirubvTxFzaeUgNugOLWtD8dVyphOxmkfNYDdDwkabAu6_hWwC80ePHVI5sq8FchsmfbbiGVDdZUMDYncRARv-7eism2NvTZth-QZA",
        "v1.WLkZl7yyoXZkrEYhwdxvIDrXcSKcG33JLGgh5ofJCpNgkcI_j5P1G3gbaJXQpsqrwdV92GU_XdiVdoSqgdy7WiRziQPVqAYOe5yZ_1NbFmySTqjKlgkpN7BRenwYO6N0JYZYZ48qFlZrFVS3ldAqvRPth2QX8eQdeb_PJDilGzCzXEc8HdVfedTaPox7sPjFKvDXMBhi60JpVPUxZYfyBA",
        "v1.o-DoqynAdYb_JfAEfOjDJAZsh-Dj87LpSH1QDUgaYPnvWirAtWAa2YbWSJjU3Cs3j8hRtTuAoRGRkQGJVqzS66pySycR21e75bjnBztE5CtNeIOYgceU8tBbhlcubVE2kWgk0nRBF-vhiuXuCbIItNeOd0b5hel0qlUIPcmsXCTSWjMKaBB3_EJlBvhmPWVxPYhmYu3LKhiTxZGdAZGqxA",
      ],
    }),
    // Question 2
    choiceQuestion({
      stem: "A new intent appears after training. What does a Siamese model need to recognise it?",
      options: [
        "One or a few examples of it in the support set; no retraining",
        "Retraining the whole model with the new class",
        "A new output unit in a softmax layer",
        "Thousands of labelled examples of the new intent",
      ],
      select: "one",
      salt: "1412f6fcf47d8aab",
      keyHash: "57c05224dcb66756fe89d4334dc42658134788e09dcd93d9880d4f0c87f03351",
      feedback: [
        "v1.RvBc1SBXxJgsi6699fYCDPAljB5-kELYuUIFrbGwtq1DZkGwuI-xgZ8ce6DVOwHKTfUg5JFqednNsNkEMSiNIZSXSt2Ll-X9naV6qSRcc9gXDeVUlISLwPQ75d6ae70wtqozQf4GukBwQh5tWTjLfjXoTalpstN01FDByzf6UUIWIfWy-QNY158oxP1WEr-F",
        "v1.z59np-hbBgJ1zs7rX2GdbsK2uHAHFY4kPph6M02YqXSSiR_Jur6XVE98lzd05kg3Xd1nmvJtnYUxSJS0ii7L9ZHZKAJKP43uONxLuNfmozn3XlV6jlRSH43vhl3ImnVDw0ZBo6CzJBGjjIIOynO87VrBPrKhhiu6evNQFXfypQ_vQWwFhyvH750XRMnCpmUO",
        "v1.1gD9d4iNmn_Ax6wMEWBHmz4oGwZX8D7WivFGB2y_Oxn0Q_Pi9NmyB4t032mLEqOeiAkWwFur5L6OHTI1bKZbO0YVOITvcmVrHNF8P5Y899BLVfRxEhAxOOg8bQwsi8yTjzHa4OggOrdUpacJj5xKKZgjmJCGstqb7sr0Sz9lR6aI9vRiOcBS6UWS_prPPAcz",
        "v1.QOrKJshmBvabTMKY-zBZVCsqqiwvdEew94MDelk9XsvpbEmn6ufNEEZ0Quv1jROxjlEuOZhLWxyZEqK4M3imW5BKV0zp0WKZcpBDN6z9PTi1CArVZ9c_Jug3OSGYERE0iC-Tm3N8rpvNJcV7FQoxadiwGBDR7d-qhGTl2LFyieeCearz9x2ZMjJPqqrs5i33",
      ],
    }),
    // Question 3
    choiceQuestion({
      stem: "Which of these are one-shot problems?",
      options: [
        "Checking a signature against the single reference signature on file",
        "Recognising a person from one enrolled photo",
        "Classifying photos into 1000 classes with thousands of training examples each",
        "Matching a new question to the FAQ entry it repeats, with one example question per entry",
      ],
      select: "many",
      salt: "2bcb8ff771360e6f",
      keyHash: "f8860e543af805336e4b1f98e5edd4998deda51e09a6eab73449f4f739c3ddd1",
      feedback: [
        "v1.hLYQeW5ukMiYmqRxHhDBwBhXoT9J1KdmhIw3LbtsFaAiNL4Hb8AnRa6nfmxjd0bXEMOXlUj-9usb8YtuGupqhSnWKvayCCu15bYZB6kxYWVCORqvFSkwBh_k4r5Hn679fkG-7tmBACJkO6tfXjp_-JzlBau3CYkpO6Z320iyGvCSnlWKg_xKgKU33-I0txXE",
        "v1.e0yLnFKmK1O2i-Q1ZmMLsxd8vZYnhsEyb9aEz8KZVxD2Eoiy5Igs9ufUoQaJrEd9qDQ9fVIH0cfMWz3wF4gQ2hxfttGZHdliOOo_5zYwH1o_cA8MuDjyeMa-h-Il8yU9KShf_WZ__lDzwSJAwIwcOEYSk5JlmuRC2yPATHxlc6dxW5klYMBNpoM8XEz8VJyL",
        "v1.rG61O_N6vGzmOKrzasOGG2SGpudFdpi3MbIDBhBcFwaZW3WVtXj4ZAWPDHMHL2y_GyXPP2cL1esvINM8WFzSrgJykRGvZtvduRWF85gTh-li64tTxUzW-bVnmguvAr_9WV7JqHkkoKmjw9zcZpTVPALNKVbHxJk8kKowdExvYoE0nhLsMfzIxBRCwoZzOdid",
        "v1.8j4K3ByvZ4SKXCs7Ja4MZ8_uILxV6QQSZSJNAit756OwC9aOS1nzZojlZ_w0_aVfbDru47Zxk36xGigBj14M9ft12-457YbguJDgPDSCkbxsXa-UpimpEwiiY1jXs9nEa7GhSQQQuUwoEbzgdNzkeM_iaNFXhGz0DZyZi2kn-afFslbO41WGs1tJAgERyzm8",
      ],
    }),
    // Question 4
    choiceQuestion({
      stem: "In 5-way 1-shot evaluation, what accuracy does guessing at random reach on average?",
      options: ["20%", "50%", "1%", "5%"],
      select: "one",
      salt: "d78f845e5833eba0",
      keyHash: "a8c90013257083d7af71b714f0b1f15b927c5efe5b65d9a7c09986bc7f4690ad",
      feedback: [
        "v1.yTZA2aviXYSZQSaZhQpCU-R0F99oJ5l6HomUOC8iQaIi2jzuDJRxq8P6oz8yi0rf03tubsa-vb15WgOSwpTOlF9ToMRDiJkukOdAG7rHdURKhbythycJkuZUWj63R0ttZRTciC_4-H4ZXGJxzJm5WYIxAD9-EdMfUKAlcj6hkP8",
        "v1.onCXvuvTJI1VEhTNBsZibarE-IXpxKEel4oWF-LwaQGcU6weM5jpRuEygYvypGzd8TazxQkUcgko1wxoQnhVOmRlvDlOsB_3k3tSv52HScdpegeFLcfvXR3iJZweMG_3ApLX4V5UPwpxksH_rMwJ1rq6aokJi3CWs_eNTNh3LKA",
        "v1.A0aNf18f55zcwLg3V7TREakMbswU8Ab6J-kskca2EGGUulqMULXK85tGyOzYSdwyR40mmN8rkr-uOI6OzdGGTHoP2K_ipdJ_jHfkuEugBuAY4Jv_JHQ72SK5vGOzaa2BGZBk8dyzLZ0yKTbvgLt_IxLcrdx4uNbaTTesMpz1YwA",
        "v1.udDvlkeLL2jt9vftuJYZRZH_a6g6LawhdpX3VNT0Gqzs0y_w2ZoOZ8E8G4bzxh1u1AA1TTsFU-8kFohscDzX0Bx587zsbjkGEy7olodIFtnymlZ1hQ0LAEZlqAlV55qDFZI2EgYy6QAX3r21YjuOlOiwz7RVUQ8ok4xgJN9ODpk",
      ],
    }),
    // Question 5
    choiceQuestion({
      stem: "The oneshot split holds new intents from topics seen in training; the unseen-topics split holds intents from five topics that no training or model-selection step saw. A model's one-shot accuracy is clearly lower on unseen-topics than on oneshot. What does that suggest?",
      options: [
        "Part of what it learned belongs to the training topics (their words and phrasings), not to a general notion of asking the same thing",
        "The unseen-topics questions are labelled wrongly",
        "One-shot accuracy cannot be measured on topics the model never saw",
        "The threshold tau was tuned on the wrong split",
      ],
      select: "one",
      salt: "d54043fa906844cc",
      keyHash: "c94b78fa6578317972a43a8dbcf098e424f6db861162d041b90a06d4a05d2626",
      feedback: [
        "v1.o4UYspc6gS7cj18U7fra6VpPM-QIpugJc_FJlkgLzUOB-YaIKGzBAfcKSJ8qK30MUaUKtwRiHImoUZeoZK09GQWtR3gu8dsh8cGwXk9MQKd0sTYWctK4Fy8zV3bwE_dKNPcfp6ar-YZq0USB6SlVkcnWS1FRdRUu2K4XTZ2xfSYfVStRwajpFpklqHoKqotQaDzVcBvSK1yIehLusUIFL2obVthmkS3Fr496czC5TbAjFKotaVT82p3RLr65eoeEIlno0lEP-CTZOW0ytmg1Co7_5rGXzkc4C25ssUR7QSx4LpyljjfZkXV76BUJxMwvczyWLNMz4fPdWOAiF6dxPc4Tl-2KW6f1BQqAoQz2wbE",
        "v1.MQanDlu-ModxVoUKyY5gk9w79D4Z7Qx_q4MM90HsslVLiM3IxGs-i-uW8r9t5tIqgg_EHyxtBL_ansQAQFwHCWjbb5ibv6L-hNucfkAdF3P3rvy2gXpi2EN8huHpVAjW5jBmKWPCtlVvD5Qvgg8e6lYxuX1-MFVo-nlsBuUlpb50lyhlcOuPxABPDJRJkhctvap58I0q753KnvrFdEK1wkMQSrVWW5nWpCWjrIAdnFO4-O0T12-UpDMjNtDR6OG0ikzMszkZWNpeI2U9kBrWqB28D399TybwGve78dXj_GCeyi9uA3QxWYH86HTRUxK9hg_P8yo6cXGX0mday9_hiTrh0Oe6axZYiK0EhFOmDkA",
        "v1.vMOG2PdW7co875zgfbo6dDnuQamSxT-SCSGPg28-pHHfBVPA4bnQgpJ7StrVzOKTJT-YEpgBnSu1dsrws8y6Jm7VUtMovPrnZR-QX6UrJomtSf0hyEbSDof1Frj9uC4wNxkLKayf8d9y20jvlqPd0KGKqO4qzdTEOe20nP1Go7iByxRHfEBK8NZaPS8PVGKQ1PTHdhHzOmuueu4Cp5FNHdSmrlMBaA0sU8wJtve4umfC83px5xJkQgS8Og-EKuBwxTAjOOp6tMGLbpwBr0H4hfvjRiyyujEwYdHtostoOqKMlNxQs_MIgSuzIiRhf87RAIbvncRoDym0fiVXD4cB1Retg2-WIu5GsZMOUEaoTQs",
        "v1.hoSlbu_PC6Dfims-SqlRqT0FjqP6Qx1QB3Gqaxw_MsvSDxb1JXfiXc-juALJpLJYlHue4wp0LjOpQsxYsmNT3DMrx-4uVSPFxFYOMDuIBg5OAcA09ITMfXkbAcQfAkqfhDBtfhR7nKiUkHKXRdZ7Z3zoX2lZrwfLZg5GxKkGY3X6OHmZfCSHHhQzr9ee9kI6RuUr7cGft06cgSBfyQwgpgl6hMb2l9Cd_rNdlqX8HiLTq8cTa5rXAOPvn_Gm2vd18mbuayCpf3VFP9BaYEL26MNhm9PmSiLEUHtdwfBO9MW4JuY89Ppz6MKmO--M7Te0GTfM0ptwUko2ZHjwyEb5iXggr8z9XESzFMNncVss1ho",
      ],
    }),
    numericQuestion({
      stem:
        "A 3-way 1-shot episode. Support embeddings: billing [1, 0, 0], login [0.6, 0.8, 0], " +
        "shipping [0, 0.6, 0.8]. Query [0.5, 0.7, 0.5]. What is the highest cosine similarity " +
        "between the query and a support example (the one that decides its class)?",
      tolerance: { absolute: 0.001 },
      answerKey: () =>
        tf.max(
          cosineSimilarity(
            SUPPORTS.map(() => QUERY),
            SUPPORTS,
          ),
        ),
      explanation: (key) =>
        `|q| = sqrt(0.99); the similarities are 0.5 / |q|, 0.86 / |q| and 0.82 / |q|, so the ` +
        `query is "login" with ${key.toFixed(4)}.`,
      hint: "Compute the three cosine similarities and keep the largest.",
    }),
    codeExercise<[number[], number[][]]>({
      stem:
        "Write nearestSupport(query, supports): query is a number[] of length d, supports a " +
        "number[][] of shape [k, d] (no zero rows). Return the index (0 to k - 1) of the support " +
        "row with the highest cosine similarity to the query: the prediction of a one-shot episode.",
      functionName: "nearestSupport",
      signature: "nearestSupport(query: number[], supports: number[][]): number",
      argumentNames: ["query", "supports"],
      starter:
        "function nearestSupport(query: number[], supports: number[][]): number {\n  // index of the most similar support row\n}",
      fixedCases: [
        [
          [1, 0],
          [
            [0, 1],
            [1, 1],
            [-1, 0],
          ],
        ],
        [QUERY, SUPPORTS],
      ],
      randomCases: 20,
      seed: 505,
      makeCase: (random) => {
        const k = randomInteger(random, 2, 6);
        const d = randomInteger(random, 2, 4);
        return [randomMatrix(random, 1, d)[0] ?? [], randomMatrix(random, k, d)];
      },
      reference: (query, supports) =>
        tf.argMax(
          cosineSimilarity(
            supports.map(() => query),
            supports,
          ),
        ),
      check: ([query, supports], actual, expected) => {
        if (typeof actual !== "number" || !Number.isInteger(actual)) {
          return `the result must be a row index, got ${formatValue(actual)}`;
        }
        if (actual < 0 || actual >= supports.length) {
          return `${actual} is not a row of supports (0 to ${supports.length - 1})`;
        }
        const best = expected as number;
        if (actual === best) return undefined;
        const scores = similarities(query, supports);
        const mine = scores[actual] ?? Number.NaN;
        const top = scores[best] ?? Number.NaN;
        if (Math.abs(mine - top) <= 1e-5) return undefined;
        return `row ${actual} has similarity ${formatNumber(mine)}, but row ${best} is closer (${formatNumber(top)})`;
      },
      tolerance: { absolute: 0 },
      explanation:
        "A one-shot prediction is an arg-max over similarities to the support set: embeddings " +
        "of new classes need no retraining. siamese-lab's oneShotAccuracy runs many such " +
        "episodes and reports the accuracy with a 95% interval.",
    }),
  ],
});
