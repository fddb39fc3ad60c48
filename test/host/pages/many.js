// Twenty of each widget in one clinic, created before the script defines them.
document.addEventListener('DOMContentLoaded', () => {
  const clinic = document.getElementById('clinic');
  for (let i = 0; i < 20; i++) {
    clinic.append(
      Object.assign(document.createElement('mn-contraindication-check'), { id: `check-${i}` }),
      Object.assign(document.createElement('mn-aftercare-timeline'), { id: `timeline-${i}` }),
      Object.assign(document.createElement('mn-booking-form'), { id: `booking-${i}` }),
    );
    clinic.querySelector(`#timeline-${i}`).setAttribute('treated-at', '2026-11-20T15:00');
    clinic.querySelector(`#timeline-${i}`).setAttribute('now', '2026-11-21T10:00');
    clinic.querySelector(`#booking-${i}`).setAttribute('persist', 'none');
  }
});
